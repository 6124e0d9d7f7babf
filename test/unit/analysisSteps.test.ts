// A long document is analysed in steps after its parse too: the timeline read a checkpoint's
// blocks at a time, its entries dated in stretches, then one rule a step. The server answers
// requests between steps; stepped or run at once, the analysis is the same.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, analyzeInSteps } from '../../server/src/analysis/analyze';
import { RULES } from '../../server/src/analysis/rules';
import { readerSettings } from '../../server/src/config/readerSettings';
import { defaultConfig } from '../../server/src/config/schema';
import { parseMarkdown } from '../../server/src/postmortem/markdown';
import { parsePostmortem, parsePostmortemSteps } from '../../server/src/postmortem/parse';
import { generatePostmortem } from '../../bench/generate';

const config = defaultConfig();
const text = generatePostmortem(3_000);

function stepsOf<T>(steps: Generator<void, T>): { count: number; value: T } {
  let count = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { count, value: step.value };
    count++;
  }
}

describe('the analysis after the parse, in steps', () => {
  it('reads a 3,000-entry timeline in many steps, to the same postmortem as at once', () => {
    const settings = readerSettings(config);
    const tree = parseMarkdown(text);
    const { count, value } = stepsOf(parsePostmortemSteps(text, settings, undefined, tree));
    // 3,000 entries and their notes are about 3,300 blocks: one step per checkpoint of 64 blocks at least.
    assert.ok(count >= 3_300 / 64, `${count} steps`);
    assert.equal(value.timeline?.entries.length, 3_000);
    assert.deepEqual(value, parsePostmortem(text, settings, undefined, tree));
  });

  it('gives each rule a step of its own, and the same findings as at once', () => {
    const reading = stepsOf(parsePostmortemSteps(text, readerSettings(config), undefined, parseMarkdown(text)));
    const { count, value } = stepsOf(analyzeInSteps(text, config));
    assert.ok(count >= reading.count + RULES.length, `${count} steps, ${reading.count} of them reading`);
    const once = analyze(text, config);
    assert.deepEqual(value.findings, once.findings);
    assert.deepEqual(value.figures, once.figures);
  });
});
