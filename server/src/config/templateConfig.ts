// The team's template as the configuration of its sections: each section heading of the template
// (or, in a template with no headings under its title, each bold label) is a section, in the
// template's order, required unless the template marks it optional or it is supplementary
// (Appendix, Supporting information); and what its action items carry (templateActionRules.ts).
// Used when no preset and no `sections` say otherwise.
import type { Heading, List, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from '../postmortem/markdown';
import { sectionKey } from '../postmortem/text';
import type { SectionRole } from '../postmortem/vocabulary';
import { HEADER_FIELD_WORDS, OPTIONAL_SECTION_WORDS, SECTION_ROLE_VOCABULARY } from '../postmortem/vocabulary';
import type { ConfigInput } from './schema';
import { templateActionRules } from './templateActionRules';

type TemplateSection = NonNullable<ConfigInput['sections']>[number];

let memo: { text: string; config: ConfigInput | undefined } | undefined;

/** A heading's name without its notes: `Timeline (all times PST) DATE RANGE` is `Timeline`. */
function nameOf(heading: string): string {
  return heading
    .replace(/[*_`]/g, '')
    .replace(/^\s*(?:\d+(?:\.\d+)+\.?|\d+[.):]|[ivxlc]+[.)])\s+/i, '')
    .replace(/\s*\((?!s\))[^)]*\).*$/, '')
    .replace(/\s+[-–—]\s.*$/, '')
    .replace(/\s*:\s*$/, '')
    .trim();
}

const words = (name: string) => ` ${sectionKey(name)} `;
const isHeaderField = (name: string) => HEADER_FIELD_WORDS.some((w) => words(name).includes(` ${sectionKey(w)} `));
const isSupplementary = (name: string) =>
  OPTIONAL_SECTION_WORDS.some((w) => words(name).includes(` ${sectionKey(w)} `)) || /as required/i.test(name);

/** The role the vocabulary gives a name, so a document may use the role's other names for it. */
function roleNamed(name: string): SectionRole | undefined {
  const key = sectionKey(name);
  return SECTION_ROLE_VOCABULARY.find((r) => [r.name, ...r.aliases].some((l) => sectionKey(l) === key))?.role;
}

function section(name: string, optionalNote: boolean, style?: 'bold-label'): TemplateSection {
  const role = roleNamed(name);
  const vocabularyNames = role
    ? SECTION_ROLE_VOCABULARY.filter((r) => r.role === role).flatMap((r) => [r.name, ...r.aliases])
    : [];
  return {
    name,
    aliases: vocabularyNames.filter((n) => sectionKey(n) !== sectionKey(name)),
    required: !optionalNote && !isSupplementary(name),
    ...(style ? { style } : {}),
  };
}

/** Whether the text under a heading says the section is optional (`_Optional._`, `<!-- optional -->`). */
function markedOptional(blocks: RootContent[]): boolean {
  const first = blocks[0];
  if (!first) return false;
  const text = first.type === 'html' ? first.value : first.type === 'paragraph' ? toString(first) : '';
  return /^\W*(?:<!--\s*)?\(?optional\b/i.test(text.trim());
}

function boldLabel(paragraph: Paragraph): string | undefined {
  const first = paragraph.children[0];
  if (first?.type !== 'strong') return undefined;
  const label = toString(first).replace(/:\s*$/, '').trim();
  return label && label.length <= 60 ? label : undefined;
}

function read(text: string): ConfigInput | undefined {
  const tree = parseMarkdown(text);
  const children = tree.root.children;
  const headings = children.filter((c): c is Heading => c.type === 'heading');
  const title = headings.find((h) => h.depth === 1);
  const others = headings.filter((h) => h !== title);
  const sections: TemplateSection[] = [];
  const seen = new Set<string>();
  const add = (s: TemplateSection) => {
    const key = sectionKey(s.name);
    if (!key || seen.has(key)) return;
    seen.add(key);
    sections.push(s);
  };
  if (others.length) {
    const base = others.some((h) => h.depth === 2) ? 2 : Math.min(...others.map((h) => h.depth));
    let baseSeen = false;
    children.forEach((node, i) => {
      if (node.type !== 'heading' || node === title) return;
      const name = nameOf(toString(node));
      // Deeper headings before the first section heading are sections too (`### Summary` ... `## Action Items`).
      const counts = node.depth === base || (node.depth > base && !baseSeen);
      if (node.depth === base) baseSeen = true;
      if (!counts || !name || (!baseSeen && isHeaderField(name))) return;
      const next = children.slice(
        i + 1,
        children.findIndex((c, j) => j > i && c.type === 'heading'),
      );
      add(section(name, /optional/i.test(toString(node)) || markedOptional(next)));
    });
  } else {
    // A template of bold labels, as a list or paragraphs (`- **Key events**`, `**Impact**:`).
    for (const node of children) {
      const paragraphs =
        node.type === 'paragraph'
          ? [node]
          : node.type === 'list'
            ? (node as List).children.flatMap((item) =>
                item.children[0]?.type === 'paragraph' ? [item.children[0]] : [],
              )
            : [];
      for (const p of paragraphs) {
        const label = boldLabel(p);
        if (label && !isHeaderField(label)) add(section(nameOf(label), false, 'bold-label'));
      }
    }
  }
  // A role's other names stand for the section only where the template has no section of that name.
  for (const s of sections) s.aliases = s.aliases?.filter((a) => !seen.has(sectionKey(a)));
  if (sections.length < 2) return undefined;
  const rules = templateActionRules(text, tree, nameOf);
  return rules ? { sections, rules } : { sections };
}

/** The sections the team's template defines, or undefined when it defines fewer than two. */
export function templateConfig(text: string): ConfigInput | undefined {
  if (memo?.text !== text) memo = { text, config: read(text) };
  return memo.config;
}
