// The core behind the writing features: insert-entry placement with a fixed clock, snippets
// that stay in sync with the skeletons, and a new postmortem's file name.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { applyEdits } from '../../server/src/analysis/fixAll';
import { insertTimelineEntry } from '../../server/src/analysis/insertEntry';
import { newPostmortemFileName } from '../../server/src/analysis/newPostmortem';
import { snippets } from '../../server/src/analysis/snippets';
import { defaultConfig } from '../../server/src/config/schema';
import { placeholder } from '../../server/src/analysis/rules/placeholder';
import { inserted, lint, postmortem } from '../support/core';
import { runRule } from '../support/ruleTester';

const root = join(__dirname, '..', '..');

function insert(text: string, now: number) {
  const a = lint(text);
  const { edit, cursor } = inserted(insertTimelineEntry(a.postmortem, defaultConfig(), now));
  const after = applyEdits(text, [edit]);
  return { after, beforeCursor: after.slice(0, cursor) };
}

describe('insert timeline entry (fixed clock)', () => {
  const timeline = (body: string) => postmortem({ timeline: `## Timeline\n\nAll times UTC.\n\n${body}` });

  it('goes after the last entry when now is latest, cursor after the time', () => {
    const { after, beforeCursor } = insert(
      timeline('09:58 push [start]\n\n10:12 alert [detected]\n'),
      Date.UTC(2024, 2, 5, 11, 3),
    );
    assert.match(after, /10:12 alert \[detected\]\n\n11:03 \n\n## Contributing/);
    assert.ok(beforeCursor.endsWith('10:12 alert [detected]\n\n11:03 '));
  });
  it('goes between entries at its chronological place, after the notes of the one before', () => {
    const { after } = insert(timeline('09:58 push\n\n- a note\n\n10:12 alert\n'), Date.UTC(2024, 2, 5, 10, 0));
    assert.match(after, /09:58 push\n\n- a note\n\n10:00 \n\n10:12 alert/);
  });
  it('goes first when now is earlier than every entry', () => {
    const { after } = insert(timeline('09:58 push\n'), Date.UTC(2024, 2, 5, 9, 0));
    assert.match(after, /All times UTC\.\n\n09:00 \n\n09:58 push/);
  });
  it('continues a list timeline as a list item, and a table as a row', () => {
    assert.match(
      insert(timeline('- 09:58 push\n- 10:12 alert\n'), Date.UTC(2024, 2, 5, 10, 30)).after,
      /- 10:12 alert\n- 10:30 \n/,
    );
    const table = insert(timeline('| Time | Event |\n| --- | --- |\n| 09:58 | push |\n'), Date.UTC(2024, 2, 5, 10, 30));
    assert.match(table.after, /\| 09:58 \| push \|\n\| 10:30 \| {2}\|\n/);
    assert.ok(table.beforeCursor.endsWith('| 10:30 | '));
  });
  it('uses the declared timezone and adds a date line when the day changed', () => {
    const text = postmortem({ timeline: '## Timeline\n\nAll times America/New_York.\n\n09:58 push\n' });
    // 03:00 UTC on the 6th is still the 5th in New York: no date line.
    assert.match(insert(text, Date.UTC(2024, 2, 6, 3, 0)).after, /09:58 push\n\n22:00 \n\n## Contributing/);
    assert.match(insert(text, Date.UTC(2024, 2, 6, 15, 0)).after, /09:58 push\n\n### 2024-03-06\n\n10:00 \n/);
  });
  it('keeps CRLF line endings', () => {
    const { after } = insert(timeline('09:58 push\n').replace(/\n/g, '\r\n'), Date.UTC(2024, 2, 5, 10, 0));
    assert.match(after, /09:58 push\r\n\r\n10:00 \r\n\r\n## Contributing/);
  });
});

describe('snippets', () => {
  it('the committed file is what the skeletons generate (run npm run gen:snippets)', () => {
    const committed = JSON.parse(readFileSync(join(root, 'snippets', 'postmortem.code-snippets'), 'utf8')) as unknown;
    assert.deepEqual(committed, snippets());
  });
  it('every prefix starts with pm- and the skeleton lists the default sections in order', () => {
    const all = Object.values(snippets());
    assert.ok(all.every((s) => s.prefix.startsWith('pm-')));
    assert.deepEqual(
      all.map((s) => s.prefix),
      [
        'pm-postmortem',
        'pm-description',
        'pm-timeline',
        'pm-factors',
        'pm-stabilization',
        'pm-impact',
        'pm-actions',
        'pm-entry',
        'pm-moment',
        'pm-figures',
        'pm-action',
      ],
    );
    const skeleton = all[0].body.join('\n');
    const headings = skeleton.match(/^## .*$/gm);
    assert.deepEqual(headings, [
      '## Description',
      '## Timeline',
      '## Contributing Factors',
      '## Stabilization Steps',
      '## Impact',
      '## Corrective Actions',
    ]);
  });
  it('an expanded skeleton is a postmortem whose every prompt the placeholder rule reports', () => {
    const skeleton = snippets()['Postmortem skeleton'];
    const body = skeleton.body
      .join('\n')
      .replace('${CURRENT_YEAR}-${CURRENT_MONTH}-${CURRENT_DATE}', '2024-03-05')
      .replace(/\$\{\d+:([^}]*)\}/g, '$1')
      .replace(/\$\d/g, '');
    const { analysis, findings } = runRule(placeholder, body);
    assert.equal(analysis.postmortem.classification, 'content');
    const prompts = body.match(/<[^>]+>/g) ?? [];
    assert.deepEqual(
      findings.map((f) => body.slice(f.span.start, f.span.end)),
      prompts,
    );
  });
});

describe('new postmortem file names', () => {
  it('are the date and a slug of the title', () => {
    assert.equal(
      newPostmortemFileName('Checkout errors after a proxy config push!', '2024-03-05'),
      '2024-03-05-checkout-errors-after-a-proxy-config-push.md',
    );
    assert.equal(newPostmortemFileName('Défaillance DNS', '2024-03-05'), '2024-03-05-defaillance-dns.md');
    assert.equal(newPostmortemFileName('???', '2024-03-05'), '2024-03-05-postmortem.md');
  });
});
