import { placeholder } from '../../../server/src/analysis/rules/placeholder';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

const description = (body: string) => postmortem({ description: `## Description\n\n${body}\n` });
const TEMPLATE =
  '# YYYY-MM-DD\n\n## Description\n\nSomething went wrong and caused this problem.\n\n## Timeline\n\nAll times UTC.\n';
const COPIED =
  'Replace the template text "Something went wrong and caused this problem." with what happened in this incident.';

testRule(placeholder, {
  valid: [
    {
      name: 'near miss: "Todo" and "tbd" in prose, HTML, autolinks and inline code',
      text: description('The Todo column was full, dates tbd. a<br>b <https://x.org> `<code>` and `TODO` quoted'),
    },
    { name: 'near miss: keywords in a code block', text: description('```\nTODO in a log\n```') },
    { name: 'near miss: real HTML blocks', text: description('<details>\n<summary>Logs</summary>\n</details>') },
    {
      name: 'near miss: a key-moment tag written in angle brackets',
      text: postmortem({
        timeline:
          '## Timeline\n\nAll times UTC.\n\n09:58 push **\\<START OF OUTAGE>**\n\n10:12 alert [detected]\n\n10:40 ok [resolved]\n',
      }),
    },
    { name: 'near miss: front matter is not prose', text: '---\nstatus: TODO\n---\n' + postmortem() },
    {
      name: 'near miss: template lines rewrapped are the writer’s own',
      text: description('Something went wrong and\ncaused this problem.'),
      template: TEMPLATE,
    },
    {
      name: 'near miss: without the template, no sentence is a leftover',
      text: description('Something went wrong and caused this problem.'),
    },
    {
      name: 'near miss: lines every postmortem keeps from the template (headings, the zone)',
      text: postmortem(),
      template: TEMPLATE,
    },
  ],
  invalid: [
    {
      name: 'TODO, <angle placeholders> and lorem ipsum in a paragraph, each at its place',
      text: description('TODO: write this. The Todo column was full. <describe the impact> a<br>b lorem ipsum'),
      findings: [
        { at: '6:0-6:4', message: 'Resolve the "TODO" left in the text.' },
        { at: '6:44-6:65', message: 'Replace the placeholder "<describe the impact>".' },
        { at: '6:73-6:84', message: 'Resolve the "lorem ipsum" left in the text.' },
      ],
    },
    {
      name: 'FIXME and XXX after a code block',
      text: description('```\nTODO in a log\n```\n\nFIXME and XXX'),
      findings: [
        { at: '10:0-10:5', message: 'Resolve the "FIXME" left in the text.' },
        { at: '10:10-10:13', message: 'Resolve the "XXX" left in the text.' },
      ],
    },
    {
      name: 'an <angle placeholder> alone on its line, which markdown reads as an HTML block',
      text: description('<describe who was affected>\n\n<details>\n<summary>Logs</summary>\n</details>'),
      findings: [{ at: '6:0-6:27', message: 'Replace the placeholder "<describe who was affected>".' }],
    },
    {
      name: 'placeholders as figure values',
      text: postmortem({ impact: '## Impact\n\nMTTD: TBD\n\nMTTR: <duration>\n' }),
      findings: [
        { at: '32:6-32:9', message: 'Resolve the "TBD" left in the text.' },
        { at: '34:6-34:16', message: 'Replace the placeholder "<duration>".' },
      ],
    },
    {
      name: 'in a title and in a table',
      text: postmortem({
        head: '# 2024-03-05 TODO title\n\n**Incident Leader: Dana**\n',
        description: '## Description\n\n| a | b |\n| - | - |\n| done | <fill in> |\n',
      }),
      findings: [
        { at: '0:13-0:17', message: 'Resolve the "TODO" left in the text.' },
        { at: '8:9-8:18', message: 'Replace the placeholder "<fill in>".' },
      ],
    },
    {
      name: 'a paragraph copied unchanged from the team’s template',
      text: description('Something went wrong and caused this problem.'),
      template: TEMPLATE,
      findings: [{ at: '6:0-6:45', message: COPIED }],
    },
    {
      name: 'a template line among the writer’s own lines',
      text: description('A line.\nSomething went wrong and caused this problem.\nAnother line.'),
      template: TEMPLATE,
      findings: [{ at: '7:0-7:45', message: COPIED }],
    },
    {
      name: 'consecutive template lines as one finding, its quote shortened',
      text: description(
        'Describe what went wrong, who noticed first, and what customers saw during it.\nList the systems involved here.\n\nOur own words.',
      ),
      template:
        '## Description\n\nDescribe what went wrong, who noticed first, and what customers saw during it.\nList the systems involved here.\n',
      findings: [
        {
          at: '6:0-7:31',
          message:
            'Replace the template text "Describe what went wrong, who noticed first, and what cus..." with what happened in this incident.',
        },
      ],
    },
  ],
});
