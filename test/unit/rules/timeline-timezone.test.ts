import { timezone } from '../../../server/src/analysis/rules/timeline-timezone';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

const ENTRIES = '09:58 push [start]\n\n10:12 alert [detected]\n\n10:40 ok [resolved]\n';
const timeline = (body: string) => postmortem({ timeline: `## Timeline\n\n${body}` });
const declare = (zone: string) => [{ title: `Declare "All times ${zone}."`, safe: false }];

testRule(timezone, {
  valid: [
    { name: 'a zone in the Timeline heading', text: postmortem({ timeline: `## Timeline (UTC)\n\n${ENTRIES}` }) },
    { name: 'a zone in front matter', text: '---\ntimezone: Europe/Berlin\n---\n' + timeline(ENTRIES) },
    { name: 'near miss: a timeline without entries has no times to place', text: timeline('Nothing yet.\n') },
    { name: 'every entry names its zone', text: timeline('09:58 UTC push\n\n04:49 PM UTC alert\n') },
    {
      name: 'declared above the first section',
      text: postmortem({
        head: '# 2024-03-05 Checkout errors\n\n**Incident Leader: Dana**\n\nAll times PDT.\n',
        timeline: `## Timeline\n\n${ENTRIES}`,
      }),
    },
    {
      name: 'in the time column’s header (item 36 of issue 10)',
      text: timeline('| Time (PST) | Event |\n| --- | --- |\n| 09:58 | push |\n| 10:12 | alert |\n'),
    },
    {
      name: 'in a bold table header',
      text: timeline('| **Time (UTC)** | Event |\n| --- | --- |\n| 09:58 | push |\n'),
    },
    { name: 'a zone name in words with its offset', text: timeline(`All times Eastern Time (UTC-4).\n\n${ENTRIES}`) },
    { name: 'in italics, a region’s name', text: timeline(`_All times US/Pacific._\n\n${ENTRIES}`) },
    { name: 'in the first day heading', text: timeline(`### 2024-03-05 (UTC)\n\n${ENTRIES}`) },
  ],
  invalid: [
    {
      name: 'no zone declared: at the Timeline heading, the fix declaring the default',
      text: timeline(ENTRIES),
      findings: [
        {
          at: '8:0-8:11',
          message: 'Say which timezone the times are in (e.g. "All times UTC."): UTC is assumed.',
          fixes: declare('UTC'),
        },
      ],
      output: timeline(`All times UTC.\n\n${ENTRIES}`),
    },
    {
      name: 'the configured default zone, in the message and the fix',
      text: timeline(ENTRIES),
      config: { defaultTimezone: 'Europe/Berlin' },
      findings: [
        {
          at: '8:0-8:11',
          message: 'Say which timezone the times are in (e.g. "All times Europe/Berlin."): Europe/Berlin is assumed.',
          fixes: declare('Europe/Berlin'),
        },
      ],
      output: timeline(`All times Europe/Berlin.\n\n${ENTRIES}`),
    },
    {
      name: 'in CRLF text, the declaration in CRLF too',
      text: timeline(ENTRIES).replace(/\n/g, '\r\n'),
      findings: [
        {
          at: '8:0-8:11',
          message: 'Say which timezone the times are in (e.g. "All times UTC."): UTC is assumed.',
          fixes: declare('UTC'),
        },
      ],
      output: timeline(`All times UTC.\n\n${ENTRIES}`).replace(/\n/g, '\r\n'),
    },
  ],
});
