import { timezoneNotInEffect } from '../../../server/src/analysis/rules/timezone-not-in-effect';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

const on = (date: string, declaration: string, body: string) =>
  postmortem({
    head: `# ${date} Checkout errors\n\n**Incident Leader: Dana**\n`,
    timeline: `## Timeline\n\n${declaration}\n\n${body}`,
  });
const ENTRIES = '09:58 push\n\n10:12 alert\n';

testRule(timezoneNotInEffect, {
  valid: [
    { name: 'EST in February', text: on('2024-02-06', 'All times EST.', ENTRIES) },
    { name: 'EDT in June', text: on('2024-06-06', 'All times EDT.', ENTRIES) },
    { name: 'near miss: a pair follows the clocks all year', text: on('2024-02-06', 'All times EST/EDT.', ENTRIES) },
    { name: 'near miss: Arizona keeps MST in summer', text: on('2024-07-05', 'All times MST.', ENTRIES) },
    { name: 'near miss: UTC is in effect every day', text: on('2024-07-05', 'All times UTC.', ENTRIES) },
    { name: 'CEST named on entries in June', text: on('2024-06-06', 'All times UTC.', '09:58 CEST push\n') },
  ],
  invalid: [
    {
      name: 'EDT declared for a February timeline: the likely intent and the offset used, the fix writing EST',
      text: on('2024-02-06', 'All times EDT.', ENTRIES),
      findings: [
        {
          at: '10:10-10:13',
          message: 'EDT is not in effect on 2024-02-06; EST (UTC-5) was. Read as written: UTC-4.',
          fixes: [{ title: 'Write EST', safe: false }],
        },
      ],
      output: on('2024-02-06', 'All times EST.', ENTRIES),
    },
    {
      name: 'CET on entries in June: once, at the first, counting the others, the fix rewriting each',
      text: on('2024-06-06', 'All times UTC.', '09:58 CET push\n\n10:12 CET alert\n\n11:00 UTC ok\n'),
      findings: [
        {
          at: '12:6-12:9',
          message: 'CET is not in effect on 2024-06-06 (and 1 more entry); CEST (UTC+2) was. Read as written: UTC+1.',
          fixes: [{ title: 'Write CEST', safe: false }],
        },
      ],
      output: on('2024-06-06', 'All times UTC.', '09:58 CEST push\n\n10:12 CEST alert\n\n11:00 UTC ok\n'),
    },
    {
      name: 'near miss: a declaration right for some days and wrong for others is reported, but not rewritten',
      text: on('2024-03-09', 'All times EST.', '### 2024-03-09\n\n09:58 push\n\n### 2024-03-11\n\n10:12 alert\n'),
      findings: [
        { at: '10:10-10:13', message: 'EST is not in effect on 2024-03-11; EDT (UTC-4) was. Read as written: UTC-5.' },
      ],
    },
  ],
});
