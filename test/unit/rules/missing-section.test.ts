import { missingSection } from '../../../server/src/analysis/rules/missing-section';
import { postmortem } from '../../support/core';
import { testRule } from '../../support/ruleTester';

const fix = (name: string) => [{ title: `Add the "${name}" section with its skeleton`, safe: false }];

testRule(missingSection, {
  valid: [
    {
      name: 'a section written under one of its aliases',
      text: postmortem({ stabilization: '## Mitigation\n\n- Reverted.\n' }),
    },
    {
      name: 'extra sections are welcome',
      text: postmortem({ actions: '## Corrective Actions\n\n- Canary.\n\n## Lessons Learned\n\nCanaries matter.\n' }),
    },
    {
      name: 'near miss: a section the configuration makes optional',
      text: postmortem({ stabilization: '' }),
      config: {
        sections: [
          { name: 'Description' },
          { name: 'Timeline' },
          { name: 'Stabilization Steps', required: false },
          { name: 'Impact' },
        ],
      },
    },
    {
      // unclosed-code-fence says to close it; "add a ## Impact" would add a second one.
      name: 'sections a never-closed code fence swallowed are written, not missing',
      text: postmortem({ factors: '## Contributing Factors\n\n```\nproxy.yaml: canary: false\n' }),
    },
  ],
  invalid: [
    {
      name: 'near miss: a section a closed fence quotes is still missing',
      text: postmortem({ factors: '## Contributing Factors\n\n```\n## Stabilization Steps\n```\n', stabilization: '' }),
      findings: [
        {
          at: '0:0-0:28',
          message: 'Add a "## Stabilization Steps" section: this postmortem has none.',
          fixes: fix('Stabilization Steps'),
        },
      ],
      output: postmortem({
        factors: '## Contributing Factors\n\n```\n## Stabilization Steps\n```\n',
        stabilization: '## Stabilization Steps\n\n- <What was done to stop the impact>\n',
      }),
    },
    {
      name: 'at the title, the fix inserting the heading and its skeleton at its canonical place',
      text: postmortem({ stabilization: '' }),
      findings: [
        {
          at: '0:0-0:28',
          message: 'Add a "## Stabilization Steps" section: this postmortem has none.',
          fixes: fix('Stabilization Steps'),
        },
      ],
      output: postmortem({ stabilization: '## Stabilization Steps\n\n- <What was done to stop the impact>\n' }),
    },
    {
      name: 'the last section, appended at the end of a text without a final newline',
      text: postmortem({ actions: '' }).replace(/\n$/, ''),
      findings: [
        {
          at: '0:0-0:28',
          message: 'Add a "## Corrective Actions" section: this postmortem has none.',
          fixes: fix('Corrective Actions'),
        },
      ],
      output: postmortem({
        actions: '## Corrective Actions\n\n- <An action that makes this less likely or less harmful> (owner: <name>)\n',
      }),
    },
    {
      name: 'at the start when there is no title, the first section inserted before the others',
      text: postmortem({ head: '', description: '' }),
      findings: [
        {
          at: '0:0-0:0',
          message: 'Add a "## Description" section: this postmortem has none.',
          fixes: fix('Description'),
        },
      ],
      output: postmortem({
        head: '',
        description: '## Description\n\n<What happened, to whom and for how long, in two or three sentences>\n',
      }),
    },
    {
      name: 'in CRLF text, the skeleton in CRLF too',
      text: postmortem({ stabilization: '' }).replace(/\n/g, '\r\n'),
      findings: [
        {
          at: '0:0-0:28',
          message: 'Add a "## Stabilization Steps" section: this postmortem has none.',
          fixes: fix('Stabilization Steps'),
        },
      ],
      output: postmortem({ stabilization: '## Stabilization Steps\n\n- <What was done to stop the impact>\n' }).replace(
        /\n/g,
        '\r\n',
      ),
    },
    {
      name: 'a section the configuration adds',
      text: postmortem(),
      config: { sections: [{ name: 'Timeline' }, { name: 'Lessons Learned' }] },
      path: 'docs/postmortems/a.md',
      findings: [
        {
          at: '0:0-0:28',
          message: 'Add a "## Lessons Learned" section: this postmortem has none.',
          fixes: fix('Lessons Learned'),
        },
      ],
      output: postmortem() + '\n## Lessons Learned\n\n<Lessons Learned>\n',
    },
    {
      name: 'most required sections missing: one finding, naming them, with a fix for each',
      text: '# 2024-05-02 Search slow\n\n## Timeline\n\n10:00 alert\n\n## Impact\n\nSlow for an hour.\n',
      path: 'docs/postmortems/a.md',
      findings: [
        {
          at: '0:0-0:24',
          message:
            'This postmortem has none of "Description", "Contributing Factors", "Stabilization Steps" and "Corrective Actions", which the configuration requires: add them, or, if your team writes to another template, set its "preset" (or your own "sections") in .postmortemrc.json so the sections you write are the ones checked.',
          fixes: [
            { title: 'Add the 4 missing sections with their skeletons', safe: false },
            ...fix('Description'),
            ...fix('Contributing Factors'),
            ...fix('Stabilization Steps'),
            ...fix('Corrective Actions'),
          ],
        },
      ],
      output:
        '# 2024-05-02 Search slow\n\n## Description\n\n<What happened, to whom and for how long, in two or three sentences>\n\n' +
        '## Timeline\n\n10:00 alert\n\n## Contributing Factors\n\n- <A condition that made this incident possible>\n\n' +
        '## Stabilization Steps\n\n- <What was done to stop the impact>\n\n## Impact\n\nSlow for an hour.\n\n' +
        '## Corrective Actions\n\n- <An action that makes this less likely or less harmful> (owner: <name>)\n',
    },
    {
      name: 'near miss: two of six missing are named one by one',
      text: postmortem({ stabilization: '', actions: '' }),
      findings: [
        {
          at: '0:0-0:28',
          message: 'Add a "## Stabilization Steps" section: this postmortem has none.',
          fixes: fix('Stabilization Steps'),
        },
        {
          at: '0:0-0:28',
          message: 'Add a "## Corrective Actions" section: this postmortem has none.',
          fixes: fix('Corrective Actions'),
        },
      ],
      output:
        postmortem({ stabilization: '## Stabilization Steps\n\n- <What was done to stop the impact>\n', actions: '' }) +
        '\n## Corrective Actions\n\n- <An action that makes this less likely or less harmful> (owner: <name>)\n',
    },
  ],
});
