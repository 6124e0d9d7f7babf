// The guard that keeps hostile texts from stalling the core (decline.ts): texts declined, each
// saying why, and what only looks long analysed. The finding itself is not-analysed's
// (test/unit/rules/not-analysed.test.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { declineReason, MAX_DOCUMENT_LENGTH, MAX_PARAGRAPH_LINES } from '../../server/src/analysis/decline';
import { IncrementalAnalyzer } from '../../server/src/analysis/incremental';
import { configSchema } from '../../server/src/config/schema';

const config = configSchema.parse({});
const path = '/repo/incidents/giant.md';
const head = '# 2024-01-01 Giant\n\n## Timeline\n\nAll times UTC.\n\n';

describe('declined texts', () => {
  it('declines a text over 2 MB, a binary text and a paragraph of thousands of lines, each saying why', () => {
    assert.match(
      declineReason('a\n\n'.repeat(MAX_DOCUMENT_LENGTH / 3 + 1)) ?? '',
      /^Not analysed: this file is 2\.0 MB, over the 2 MB/,
    );
    assert.match(declineReason('PNG\u0000\u0001binary') ?? '', /looks binary \(it contains NUL characters\)/);
    const chat = head + 'alice: hi\n'.repeat(MAX_PARAGRAPH_LINES + 1);
    assert.match(declineReason(chat) ?? '', /^Not analysed: lines 7-2007 are one paragraph of 2,001 lines.*code block/);
  });

  it('analyses what only looks long: a fenced log, a long list, blank-separated entries', () => {
    assert.equal(declineReason(`${head}\`\`\`\n${'10:00 log line\n'.repeat(5_000)}\`\`\`\n`), undefined);
    assert.equal(declineReason(head + '- 10:00 item\n'.repeat(5_000)), undefined);
    assert.equal(declineReason(head + '10:00 entry\n\n'.repeat(5_000)), undefined);
    assert.equal(declineReason(head + 'alice: hi\n'.repeat(MAX_PARAGRAPH_LINES)), undefined);
  });

  it('gives a declined postmortem its one finding and an empty model, in full and incremental analysis alike', () => {
    const text = `${head}10:00 start\u0000`;
    for (const a of [analyze(text, config, { path }), new IncrementalAnalyzer().analyze(text, config, { path })]) {
      assert.deepEqual(
        a.findings.map((f) => [f.code, f.span]),
        [['PM000', { start: 0, end: 0 }]],
      );
      assert.equal(a.postmortem.timeline, undefined);
      assert.equal(a.postmortem.text, text);
    }
  });
});
