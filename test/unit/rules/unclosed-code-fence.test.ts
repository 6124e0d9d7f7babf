import { unclosedCodeFence } from '../../../server/src/analysis/rules/unclosed-code-fence';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

/** The shared postmortem with `block` after its timeline's entries. */
const withBlock = (block: string) =>
  postmortem({
    timeline: `## Timeline\n\nAll times UTC.\n\n09:58 push [start]\n\n${block}\n\n10:12 alert [detected]\n`,
  });
const after = (block: string) => `${postmortem()}\n${block}`;

testRule(unclosedCodeFence, {
  valid: [
    { name: 'a closed fence', text: withBlock('```\nerror: refused\n```') },
    { name: 'a longer closing fence closes it too', text: withBlock('~~~~\nlog\n~~~~~~') },
    { name: 'a closed fence that ends the file', text: after('```sh\nkubectl get pods\n```\n') },
    { name: 'near miss: a fence opened on the last line holds nothing yet', text: after('```') },
    { name: 'near miss: an indented code block has no fence', text: after('    kubectl get pods\n') },
  ],
  invalid: [
    {
      name: 'a fence that swallows the sections after it, named at its opening',
      text: postmortem({ factors: '## Contributing Factors\n\n```bash\nkubectl rollout undo\n' }),
      findings: [
        {
          at: '24:0-24:7',
          message:
            'This code fence is never closed, so the rest of the file (15 lines, the heading "## Stabilization Steps" among them) is read as code: close it with ``` where the code ends.',
        },
      ],
    },
    {
      // Not in a postmortem folder: the file is one by the headings the fence swallowed.
      name: 'a fence that swallows the timeline of a file that is a postmortem by its content',
      text: '# 2024-03-05 Checkout errors\n\n## Description\n\nErrors.\n\n```\nHTTP 500\n\n## Timeline\n\n09:58 push\n\n## Impact\n\nMTTR: 10m\n',
      findings: [
        {
          at: '6:0-6:3',
          message:
            'This code fence is never closed, so the rest of the file (9 lines, the heading "## Timeline" among them) is read as code: close it with ``` where the code ends.',
        },
      ],
    },
    {
      name: 'a shorter or other fence does not close it',
      text: after('````\nlog\n```\n~~~~\n'),
      findings: [
        {
          at: '40:0-40:4',
          message:
            'This code fence is never closed, so the rest of the file (3 lines) is read as code: close it with ```` where the code ends.',
        },
      ],
    },
    {
      name: 'in a list item that runs to the end',
      text: after('- logs:\n\n  ~~~\n  error one\n  error two\n'),
      findings: [
        {
          at: '42:2-42:5',
          message:
            'This code fence is never closed, so the rest of the file (2 lines) is read as code: close it with ~~~ where the code ends.',
        },
      ],
    },
  ],
});
