import assert from 'node:assert/strict';
import { it } from 'node:test';
import { MAX_DOCUMENT_LENGTH, MAX_PARAGRAPH_LINES } from '../../../server/src/analysis/decline';
import { notAnalysed } from '../../../server/src/analysis/rules/not-analysed';
import { runRule, testRule } from '../../support/ruleTester';

const path = '/repo/incidents/giant.md';
const head = '# 2024-01-01 Giant\n\n## Timeline\n\nAll times UTC.\n\n';

testRule(notAnalysed, {
  valid: [
    {
      name: 'near miss: a paragraph of exactly the most lines read',
      text: head + 'alice: hi\n'.repeat(MAX_PARAGRAPH_LINES),
      path,
    },
    { name: 'near miss: thousands of list items are no paragraph', text: head + '- alice: hi\n'.repeat(5_000), path },
    {
      name: 'near miss: a long log in a code block',
      text: `${head}\`\`\`\n${'10:00 log line\n'.repeat(5_000)}\`\`\`\n`,
      path,
    },
  ],
  invalid: [
    {
      name: 'a binary file: one finding at the start',
      text: `${head}10:00 start\u0000`,
      path,
      findings: [
        {
          at: '0:0-0:0',
          message: 'Not analysed: this file looks binary (it contains NUL characters), not like markdown text.',
        },
      ],
    },
    {
      name: 'a paragraph of more lines than are read while typing',
      text: head + 'alice: hi\n'.repeat(MAX_PARAGRAPH_LINES + 1),
      path,
      findings: [
        {
          at: '0:0-0:0',
          message:
            'Not analysed: lines 7-2007 are one paragraph of 2,001 lines, too long to read while typing. Put pasted logs in a code block (```), or separate entries with blank lines.',
        },
      ],
    },
    {
      name: 'a text over 2 MB',
      text: head + 'a\n\n'.repeat(MAX_DOCUMENT_LENGTH / 3 + 1),
      path,
      findings: [
        {
          at: '0:0-0:0',
          message:
            'Not analysed: this file is 2.0 MB, over the 2 MB a postmortem can be. Split it (long pasted logs can go in a linked file).',
        },
      ],
    },
  ],
});

it('PM000 says nothing about a declined file that is not a postmortem', () => {
  const { analysis, findings } = runRule(notAnalysed, '\u0000', { path: '/repo/README.md' });
  assert.equal(analysis.postmortem.classification, null);
  assert.deepEqual(findings, []);
});

it('PM000 is silent when turned off', () => {
  const { analysis, findings } = runRule(notAnalysed, '\u0000', { path, config: { rules: { 'not-analysed': 'off' } } });
  assert.equal(analysis.postmortem.classification, 'path');
  assert.deepEqual(findings, []);
});
