// The vocabulary (postmortem/vocabulary.ts) is the one place key moments, figures and section roles
// are declared: these tests hold every reader of it to it, entry by entry, so a new entry is
// checked by them without a line of test of its own.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Hover } from 'vscode-languageserver';
import { snippets } from '../../server/src/analysis/snippets';
import {
  configSchema,
  DEFAULT_REQUIRED_FIGURES,
  DEFAULT_SECTIONS,
  defaultConfig,
} from '../../server/src/config/schema';
import { vocabulary } from '../../server/src/config/vocabulary';
import { postmortemrcJsonSchema } from '../../server/src/configuration';
import { completions } from '../../server/src/features/completion';
import { hoverAt } from '../../server/src/features/hover';
import { normaliseTag } from '../../server/src/postmortem/readerSettings';
import { normaliseLabel } from '../../server/src/postmortem/text';
import {
  FIGURE_NAMES,
  FIGURE_VOCABULARY,
  KEY_MOMENT_VOCABULARY,
  KEY_MOMENTS,
  SECTION_ROLE_VOCABULARY,
  SECTION_ROLES,
} from '../../server/src/postmortem/vocabulary';
import { lint, postmortem } from '../support/core';

const withEntry = (entry: string) =>
  postmortem({ timeline: `## Timeline\n\nAll times UTC.\n\n09:58 push [start]\n\n10:12 ${entry}\n` });
/** The moments the reader finds on the second entry of a timeline. */
const momentsOf = (entry: string, config = {}) =>
  lint(withEntry(entry), config).postmortem.timeline?.entries[1].moments.map((t) => [t.text, t.moment]);

const hoverText = (h: Hover | null) =>
  h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '';

type JsonSchema = { properties: Record<string, JsonSchema>; items: JsonSchema; enum: string[]; default: unknown };

describe('the vocabulary is well formed', () => {
  it('gives each tag, phrase, figure label and section heading one meaning', () => {
    const tags = KEY_MOMENT_VOCABULARY.flatMap((m) => m.tags.map(normaliseTag));
    assert.equal(new Set(tags).size, tags.length);
    const phrases = KEY_MOMENT_VOCABULARY.flatMap((m) => m.phrases);
    assert.equal(new Set(phrases).size, phrases.length);
    const labels = FIGURE_VOCABULARY.flatMap((f) => [f.name, ...f.aliases].map((l) => l.toLowerCase()));
    assert.equal(new Set(labels).size, labels.length);
    // `Root Cause` and `Root Causes` read alike: the same heading twice for one role is harmless.
    const headings = SECTION_ROLE_VOCABULARY.flatMap((r) => [...new Set([r.name, ...r.aliases].map(normaliseLabel))]);
    assert.equal(new Set(headings).size, headings.length);
  });
  it('writes phrases in capitals, of two words or more, and role keywords as single words', () => {
    for (const phrase of KEY_MOMENT_VOCABULARY.flatMap((m) => m.phrases)) {
      assert.equal(phrase, phrase.toUpperCase());
      assert.ok(phrase.includes(' '), phrase);
    }
    for (const keyword of SECTION_ROLE_VOCABULARY.flatMap((r) => r.keywords)) assert.match(keyword, /^[a-z]+$/);
  });
  it("marks the skeleton's timeline with tags of the vocabulary", () => {
    const tags = new Set<string>(KEY_MOMENT_VOCABULARY.flatMap((m) => m.tags));
    const prompts = SECTION_ROLE_VOCABULARY.flatMap((r) => r.prompts).join('\n');
    const used = [...prompts.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]);
    assert.ok(used.length > 0);
    for (const tag of used) assert.ok(tags.has(tag), tag);
  });
});

describe('the reader reads what the vocabulary declares', () => {
  it('every tag marks its moment, in brackets or angle brackets, with spaces, "-" or "_" between words', () => {
    for (const moment of KEY_MOMENT_VOCABULARY) {
      for (const tag of moment.tags) {
        for (const written of [`[${tag}]`, `<${tag.toUpperCase()}>`, `[${tag.replace(/ /g, '_')}]`]) {
          assert.deepEqual(momentsOf(`the step ${written}`), [[written, moment.name]], written);
        }
      }
    }
  });
  it('every phrase marks its moment in capitals, even wrapped; in lower case only standing alone or emphasised', () => {
    for (const moment of KEY_MOMENT_VOCABULARY) {
      for (const phrase of moment.phrases) {
        assert.deepEqual(momentsOf(`DNS takes effect. ${phrase}`), [[phrase, moment.name]], phrase);
        const wrapped = phrase.replace(' ', '\n  ');
        assert.deepEqual(momentsOf(`DNS takes effect. ${wrapped}`), [[wrapped, moment.name]], phrase);
        // In lower case a phrase inside a sentence is prose; standing alone as a clause it marks.
        assert.deepEqual(momentsOf(`DNS takes effect and the ${phrase.toLowerCase()} page is read`), [], phrase);
        const lower = phrase.toLowerCase();
        assert.deepEqual(momentsOf(`DNS takes effect. ${lower}`), [[lower, moment.name]], phrase);
        assert.deepEqual(momentsOf(`DNS takes effect (**${lower}**)`), [[`**${lower}**`, moment.name]], phrase);
      }
    }
  });
  it("a team's words mark their moment too, in capitals when of two words or more", () => {
    const config = { moments: { detected: ['paged', 'pager went off'] } };
    assert.deepEqual(momentsOf('on-call [paged]', config), [['[paged]', 'detected']]);
    assert.deepEqual(momentsOf('the PAGER WENT OFF', config), [['PAGER WENT OFF', 'detected']]);
    assert.deepEqual(momentsOf('on-call [paged]'), []);
  });
  it("a team's phrase with punctuation in it is found as written", () => {
    const config = { moments: { resolved: ['fix (v2) live', 'all clear given'] } };
    assert.deepEqual(momentsOf('the FIX (V2) LIVE everywhere', config), [['FIX (V2) LIVE', 'resolved']]);
    assert.deepEqual(momentsOf('ALL CLEAR  GIVEN by the lead', config), [['ALL CLEAR  GIVEN', 'resolved']]);
    assert.deepEqual(momentsOf('fix v2 live', config), []);
  });
  it('every figure name and alias states its figure in Impact', () => {
    for (const figure of FIGURE_VOCABULARY) {
      for (const label of [figure.name, ...figure.aliases]) {
        const a = lint(postmortem({ impact: `## Impact\n\n**${label}:** 20m\n` }));
        assert.deepEqual(
          a.postmortem.statedFigures.map((s) => [s.figure, s.label, s.value?.minutes]),
          [[figure.name, label, 20]],
          label,
        );
      }
    }
  });
  it('computes each figure between its moments', () => {
    const figures = vocabulary(defaultConfig()).figures;
    assert.deepEqual(
      figures.map((f) => [f.name, f.from, f.to]),
      FIGURE_VOCABULARY.map((f) => [f.name, f.from, f.to]),
    );
  });
});

describe('the configuration derives from the vocabulary', () => {
  const schema = postmortemrcJsonSchema() as unknown as JsonSchema;
  it('takes extra words for each moment and overrides for each figure, by name', () => {
    assert.deepEqual(Object.keys(schema.properties.moments.properties), [...KEY_MOMENTS]);
    assert.deepEqual(Object.keys(schema.properties.figures.properties), [...FIGURE_NAMES]);
    assert.deepEqual(schema.properties.figures.properties[FIGURE_NAMES[0]].properties.from.enum, [...KEY_MOMENTS]);
    assert.deepEqual(schema.properties.requiredFigures.items.enum, [...FIGURE_NAMES]);
    assert.deepEqual(schema.properties.sections.items.properties.role.enum, [...SECTION_ROLES]);
  });
  it('defaults to the default template and the figures required by default', () => {
    assert.deepEqual(
      DEFAULT_SECTIONS,
      SECTION_ROLE_VOCABULARY.map((r) => ({ name: r.name, aliases: r.aliases, required: r.required, role: r.role })),
    );
    assert.deepEqual(configSchema.parse({}).sections, DEFAULT_SECTIONS);
    assert.deepEqual(
      DEFAULT_REQUIRED_FIGURES,
      FIGURE_VOCABULARY.filter((f) => f.requiredByDefault).map((f) => f.name),
    );
    assert.deepEqual(schema.properties.requiredFigures.default, DEFAULT_REQUIRED_FIGURES);
  });
  it('rejects a moment or figure the vocabulary does not have, by name', () => {
    assert.equal(configSchema.safeParse({ moments: { coffee: ['x'] } }).success, false);
    assert.equal(configSchema.safeParse({ figures: { MTTX: { aliases: ['x'] } } }).success, false);
  });
});

describe('what people are shown comes from the vocabulary', () => {
  it("a tag's hover says what its moment marks", () => {
    for (const moment of KEY_MOMENT_VOCABULARY) {
      const text = withEntry(`the step [${moment.name}]`);
      const hover = hoverAt(lint(text), 'file:///a.md', text.indexOf(`[${moment.name}]`) + 1);
      const value = hoverText(hover);
      assert.ok(value.startsWith(`\`[${moment.name}]\` marks ${moment.meaning}.`), value);
    }
  });
  it("a stated figure's hover says what it measures", () => {
    for (const figure of FIGURE_VOCABULARY) {
      const text = postmortem({ impact: `## Impact\n\n${figure.name}: 20m\n` });
      const hover = hoverAt(lint(text), 'file:///a.md', text.indexOf(`${figure.name}: 20m`));
      const value = hoverText(hover);
      assert.ok(
        value.startsWith(`**${figure.name}** (${figure.meaning}): from *${figure.from}* to *${figure.to}*.`),
        value,
      );
    }
  });
  it('completion after "[" offers every moment with what it marks', () => {
    const text = postmortem({ timeline: '## Timeline\n\nAll times UTC.\n\n09:58 push [' });
    const items = completions(lint(text), text.indexOf('push [') + 'push ['.length);
    assert.deepEqual(
      items.map((i) => [i.label, i.detail]),
      KEY_MOMENT_VOCABULARY.map((m) => [`[${m.name}]`, m.meaning]),
    );
  });
  it("the snippets: one per section role, by its prefix, and the moment choice lists the vocabulary's", () => {
    const all = Object.values(snippets());
    const prefixes = all.map((s) => s.prefix);
    for (const role of SECTION_ROLE_VOCABULARY) assert.ok(prefixes.includes(role.snippet), role.snippet);
    const moment = all.find((s) => s.prefix === 'pm-moment');
    assert.ok(moment?.body[0].includes(`\${2|${KEY_MOMENTS.join(',')}|}`), moment?.body[0]);
  });
});
