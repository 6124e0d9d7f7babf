// PM401 blameless-wording, alone: positives of each kind, near misses (a quote, a timeline entry,
// "should have" in code, a system as the subject, the action items), allowWords, and the example
// of its docs page run as the page shows it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { blamelessWording } from '../../../server/src/analysis/rules/blameless-wording';
import { runRules } from '../../../server/src/analysis/rules';
import { templateBlocks } from '../../../server/src/analysis/template';
import type { ConfigInput } from '../../../server/src/config/schema';
import { lint, postmortem } from '../../support/core';

/** The rule alone on a text, as the registry runs it: each finding as `line:col "quoted text"`. */
function run(text: string, config: ConfigInput = {}, path = 'docs/postmortems/example.md') {
  const a = lint(text, config, { path });
  const { findings, failures } = runRules(
    a.postmortem,
    { config: a.config, figures: a.figures, templateBlocks: templateBlocks(undefined) },
    [blamelessWording],
  );
  assert.deepEqual(failures, []);
  return findings.map((f) => {
    const at = a.lines.position(f.span.start);
    return {
      at: `${at.line + 1}:${at.character + 1}`,
      text: text.slice(f.span.start, f.span.end),
      message: f.message,
      severity: f.severity,
    };
  });
}
const quoted = (text: string, config?: ConfigInput) => run(text, config).map((f) => f.text);
const factors = (body: string) => postmortem({ factors: `## Contributing Factors\n\n${body}\n` });

describe('PM401 blameless-wording', () => {
  it('is information by default, in the registry under its code and name', () => {
    assert.equal(blamelessWording.code, 'PM401');
    assert.equal(blamelessWording.defaultSeverity, 'information');
    assert.deepEqual(
      run(factors('- The deploy should have been checked.')).map((f) => f.severity),
      ['information'],
    );
  });

  it('counterfactuals, error labels, blame adjectives and hindsight, each at its words', () => {
    const text = factors(
      "- The change should've been reviewed; review could have caught it.\n- It would not have happened if only the flag had been on.\n- Classic human error and a sloppy rollout.\n- Obviously the dashboard was wrong, as everyone knows.",
    );
    assert.deepEqual(quoted(text), [
      "should've",
      'could have caught',
      'would not have happened',
      'if only',
      'human error',
      'sloppy',
      'Obviously',
      'everyone knows',
    ]);
  });

  it('a named person as the subject of a cause; a system or a role is not', () => {
    const text = postmortem({
      head: '# 2024-03-05 Checkout errors\n\n**Incident Leader: Bob Lee**\n',
      factors:
        '## Contributing Factors\n\n- Alice forgot to run the canary.\n- Bob missed the alert and Bob broke the build.\n- @dana failed to page the owner.\n- Redis missed the flag; the job failed to start.\n- The on-call engineer missed the page among forty others.\n- Carol missed the bus.',
    });
    // Carol is not named as a person anywhere else, and "missed" is something systems do too.
    assert.deepEqual(quoted(text), ['Alice forgot to', 'Bob missed', 'Bob broke', '@dana failed to']);
  });

  it('reads the summary, factors, mitigation and lessons learned, whatever the template calls them', () => {
    const text = postmortem({
      description: '## Summary\n\nIt was human error.\n',
      stabilization: '## Resolution\n\n- Rolled back; of course it worked.\n',
      actions:
        '## Corrective Actions\n\n- Be careful: we should have a canary.\n\n## Lessons Learned\n\n- The operator was negligent.\n',
    });
    assert.deepEqual(quoted(text), ['human error', 'of course', 'negligent']);
  });

  it('near misses: what an attacker or a load could have done is no counterfactual about people', () => {
    assert.deepEqual(quoted(factors('- An attacker could have read the tokens; the load could have doubled.')), []);
  });

  it('near misses: a quotation, a block quote, inline code, a code block, the timeline, the impact', () => {
    const text = postmortem({
      description:
        '## Description\n\nThe message said "this should have been caught" and “human error” was blamed in chat.\n\n> We should have known.\n\nThe check `should_have_run` was off.\n\n```\nshould have\n```\n',
      timeline:
        '## Timeline\n\nAll times UTC.\n\n09:58 config push to the payment proxy [start]\n\n10:12 alert fires; Dana: "we should have seen this" [detected]\n\n10:15 Bob forgot to ack, obviously [acknowledged]\n\n10:31 push reverted [mitigated]\n\n10:40 error rate back to normal [resolved]\n',
      impact: '## Impact\n\nCustomers should have been warned sooner.\n\nMTTD: 14m\n\nMTTR: 28m\n',
    });
    assert.deepEqual(quoted(text), []);
  });

  it('allowWords lets a phrase pass, in any case and spacing; others still count', () => {
    const text = factors('- A test could have caught it.\n- The deploy should have waited.');
    assert.deepEqual(quoted(text, { allowWords: ['Could  Have CAUGHT'] }), ['should have']);
  });

  it('messages say why and how to rewrite, and never suggest the passive voice', () => {
    const text = postmortem({
      head: '# 2024-03-05 Checkout errors\n\n**Incident Leader: Bob**\n',
      factors: '## Contributing Factors\n\n- Bob broke it: human error, careless, obviously, should have known.',
    });
    const messages = run(text).map((f) => f.message);
    assert.equal(messages.length, 5);
    for (const m of messages) {
      assert.match(m, /^"[^"]+": this /);
      assert.match(m, /Describe|Say what|Name the role|State the fact/);
      assert.doesNotMatch(m, /passive/i);
    }
    assert.match(messages[0], /Name the role instead \("the on-call engineer"\).*action items/);
  });

  it('is silent on the clean shared postmortem and the examples', () => {
    assert.deepEqual(quoted(postmortem()), []);
    const examples = join(__dirname, '..', '..', '..', 'examples', 'postmortems');
    for (const file of ['2024-03-05-checkout-errors.md', '2024-11-02-overnight-batch-berlin.md'])
      assert.deepEqual(run(readFileSync(join(examples, file), 'utf8'), {}, join(examples, file)), [], file);
  });

  it('the docs page example reports what the page says, and its correction nothing', () => {
    const page = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'rules', 'blameless-wording.md'), 'utf8');
    // Headings inside the page's fences are the example's, not the page's: blank them to find the section.
    const blanked = page.replace(/^```.*\n[\s\S]*?\n```$/gm, (fence) => fence.replace(/[^\n]/g, ' '));
    const section = /^## Example\n[\s\S]*?(?=^## )/m.exec(blanked);
    assert.ok(section, 'the page has an Example section');
    const example = page.slice(section.index, section.index + section[0].length);
    const blocks = [...example.matchAll(/^```(\w+)\n([\s\S]*?)\n```$/gm)].map((m) => ({
      lang: m[1],
      text: m[2] + '\n',
    }));
    assert.deepEqual(
      blocks.map((b) => b.lang),
      ['markdown', 'text', 'markdown'],
    );
    const reported = (text: string) =>
      run(text)
        .map((f) => `${f.at}  ${f.message}`)
        .join('\n');
    assert.equal(reported(blocks[0].text), blocks[1].text.trimEnd());
    assert.equal(reported(blocks[2].text), '');
  });
});
