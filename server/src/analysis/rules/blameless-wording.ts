import type { Node } from 'mdast';
import type { Config } from '../../config/schema';
import type { MarkdownTree } from '../../postmortem/markdown';
import { topBlocksOverlapping } from '../../postmortem/markdown';
import type { Postmortem, Section, Span } from '../../postmortem/model';
import { escapeRegExp, sectionKey } from '../../postmortem/text';
import { BLAMELESS_SECTION_NAMES, BLAMELESS_VOCABULARY, PERSON_BLAME_VOCABULARY } from '../../postmortem/vocabulary';
import type { Rule, RuleFinding } from '../rule';

// Blame in a postmortem's analysis: counterfactuals, error labels, blame adjectives, hindsight
// ("obviously") and a named person as the subject of a cause. Read in the sections that explain
// the incident (summary, factors, mitigation, lessons learned), never in the timeline, a quote,
// inline code or a code block. The phrases are the vocabulary's; `allowWords` lets one pass.

const BLAMELESS_ROLES = new Set(['summary', 'factors', 'mitigation']);
const LESSONS = new Set(BLAMELESS_SECTION_NAMES.map(sectionKey));

/** A phrase as whole words, any run of spaces between them, either apostrophe. */
const phraseSource = (phrase: string) => escapeRegExp(phrase).replace(/\s+/g, '\\s+').replace(/'/g, "['’]");
/** Longest first, so `forgot to` is reported whole rather than as `forgot`. */
const words = (phrases: readonly string[]) =>
  [...phrases]
    .sort((a, b) => b.length - a.length)
    .map(phraseSource)
    .join('|');

interface Matcher {
  pattern: RegExp;
  advice: string;
}

const PHRASES: Matcher[] = BLAMELESS_VOCABULARY.map((entry) => ({
  pattern: new RegExp(`(?<![\\w'’])(?:${words(entry.phrases)})(?![\\w'’])`, 'gi'),
  advice: entry.advice,
}));
const NOT_NAMES = new Set<string>(PERSON_BLAME_VOCABULARY.notNames);
const NAME = String.raw`(@[\w-]+|\p{Lu}[\p{Ll}'’-]+)`;
const ALWAYS = new RegExp(`${NAME}\\s+(?:${words(PERSON_BLAME_VOCABULARY.always)})(?![\\w'’])`, 'gu');
const IF_PERSON = new RegExp(`${NAME}\\s+(?:${words(PERSON_BLAME_VOCABULARY.ifPerson)})(?![\\w'’])`, 'gu');

/** The sections whose prose explains the incident, by role or by a lessons-learned name. */
function sectionsToRead(pm: Postmortem): Section[] {
  return pm.sections.filter(
    (s) => s.role !== 'timeline' && ((s.role && BLAMELESS_ROLES.has(s.role)) || LESSONS.has(sectionKey(s.heading))),
  );
}

/** Names the document gives people: `@handles`, owners, the values of header fields (Dana, Bob Lee). */
function peopleIn(pm: Postmortem): Set<string> {
  const people = new Set<string>();
  for (const m of pm.text.matchAll(/@[\w-]+/g)) people.add(m[0].toLowerCase());
  for (const m of pm.text.matchAll(/\bowners?\s*[:=]\s*([^\n,;)|]+)/gi))
    for (const w of m[1].match(/\p{Lu}[\p{Ll}'’-]+/gu) ?? []) people.add(w.toLowerCase());
  for (const field of pm.metadata)
    for (const w of field.value.match(/\p{Lu}[\p{Ll}'’-]+/gu) ?? []) people.add(w.toLowerCase());
  return people;
}

/** Inline code, quotations and link targets in a block's text: where wording is not the writer's. */
function excluded(raw: string): Span[] {
  const spans: Span[] = [];
  for (const m of raw.matchAll(/`+[^`]*`+|"[^"\n]*"|“[^”\n]*”|\]\([^)\s]*\)|<[^>\n]*>/g))
    spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/** The prose blocks under a node: paragraphs and table cells; quotes, code and HTML are not prose. */
function proseBlocks(node: Node & { children?: Node[] }, out: Node[]): void {
  if (node.type === 'code' || node.type === 'blockquote' || node.type === 'html' || node.type === 'yaml') return;
  if (node.type === 'paragraph' || node.type === 'tableCell' || node.type === 'heading') {
    out.push(node);
    return;
  }
  node.children?.forEach((c) => proseBlocks(c, out));
}

function blocksIn(tree: MarkdownTree, span: Span): Node[] {
  const out: Node[] = [];
  for (const block of topBlocksOverlapping(tree, span)) proseBlocks(block, out);
  return out.filter((n) => {
    const at = tree.spanOf(n);
    return at.start >= span.start && at.end <= span.end;
  });
}

function check(pm: Postmortem, tree: MarkdownTree, config: Config): RuleFinding[] {
  const allowed = new Set(config.allowWords.map((w) => w.toLowerCase().replace(/\s+/g, ' ').trim()));
  const isAllowed = (phrase: string) => allowed.has(phrase.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' '));
  // Two scans of the whole text: made only when a capitalised word is followed by a blaming verb.
  let people: Set<string> | undefined;
  const findings: RuleFinding[] = [];
  const seen = new Set<number>();
  for (const section of sectionsToRead(pm)) {
    for (const block of blocksIn(tree, section.contentSpan)) {
      const span = tree.spanOf(block);
      const raw = pm.text.slice(span.start, span.end);
      const skip = excluded(raw);
      const report = (index: number, phrase: string, advice: string) => {
        const start = span.start + index;
        if (seen.has(start) || skip.some((s) => s.start <= index && index < s.end) || isAllowed(phrase)) return;
        seen.add(start);
        findings.push({ message: `"${phrase}": ${advice}.`, span: { start, end: start + phrase.length } });
      };
      for (const { pattern, advice } of PHRASES)
        for (const m of raw.matchAll(pattern)) report(m.index, m[0].replace(/\s+/g, ' '), advice);
      for (const m of raw.matchAll(ALWAYS))
        if (!NOT_NAMES.has(m[1])) report(m.index, m[0].replace(/\s+/g, ' '), PERSON_BLAME_VOCABULARY.advice);
      for (const m of raw.matchAll(IF_PERSON))
        if (!NOT_NAMES.has(m[1]) && (people ??= peopleIn(pm)).has(m[1].toLowerCase()))
          report(m.index, m[0].replace(/\s+/g, ' '), PERSON_BLAME_VOCABULARY.advice);
    }
  }
  return findings.sort((a, b) => a.span.start - b.span.start);
}

export const blamelessWording: Rule = {
  code: 'PM401',
  name: 'blameless-wording',
  description:
    'Wording that blames: counterfactuals ("should have"), "human error", blame adjectives, "obviously", or a named person as the cause.',
  defaultSeverity: 'information',
  check(pm, { config, markdown }) {
    return check(pm, markdown, config);
  },
};
