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
