// The vocabulary's tables in docs/format.md and README.md, between marker comments:
// `<!-- vocabulary:NAME -->` ... `<!-- /vocabulary:NAME -->`. `npm run gen:docs` rewrites them and
// a test fails when a committed table and the vocabulary drift apart. Tables come out aligned as
// Prettier writes them, so `npm run format:check` leaves them alone.
import { PRESETS } from '../server/src/config/presets';
import { configSchema } from '../server/src/config/schema';
import { sectionRoles } from '../server/src/config/sectionRoles';
import type { PresetName, SectionRoleEntry } from '../server/src/postmortem/vocabulary';
import {
  FIGURE_DEFINITIONS_VOCABULARY,
  FIGURE_VOCABULARY,
  KEY_MOMENT_VOCABULARY,
  PRESET_NAMES,
  PRESET_VOCABULARY,
  SECTION_ROLE_VOCABULARY,
} from '../server/src/postmortem/vocabulary';

const code = (s: string) => `\`${s}\``;
const list = (items: readonly string[], format: (s: string) => string = code) =>
  items.length ? items.map(format).join(', ') : '';

/** A markdown table with columns padded to their widest cell, as Prettier aligns them. */
export function markdownTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(3, h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const aliases = (r: SectionRoleEntry) => list(r.aliases, (a) => a);

/** A preset's sections, as its configuration resolves them (roles included), and what else it sets. */
function presetTables(name: PresetName): string {
  const config = configSchema.parse(PRESETS[name]);
  const { roles } = sectionRoles(config);
  const ordered = config.rules['section-order'] !== 'off';
  const sections = markdownTable(
    ['section', 'also written', 'role', 'required', 'written as'],
    config.sections.map((s, i) => [
      s.name,
      list(s.aliases, (a) => a),
      roles[i] ? code(roles[i]) : '',
      s.required ? 'yes' : 'no',
      s.style === 'bold-label' ? code(`**${s.name}**:`) : code(`## ${s.name}`),
    ]),
  );
  const none = '(none)';
  const settings = markdownTable(
    ['setting', 'value'],
    [
      ['order checked', ordered ? 'yes, as listed' : 'no: the template fixes none'],
      ['header fields', list(config.headerFields, (f) => f) || none],
      ['incident leader', list(config.incidentLeader, (f) => f) || 'none: incident-leader is silent'],
      ['required figures', list(config.requiredFigures) || none],
      ['figures also stated in', list(config.figuresIn, (f) => f) || none],
      ['figure definitions', config.figureDefinitions ?? "this project's"],
      ['status words (not placeholders in a table cell)', list(config.statusWords) || none],
      ['default timezone', config.defaultTimezone],
    ],
  );
  return `${sections}

${settings}`;
}

const presetPages = Object.fromEntries(PRESET_NAMES.map((n) => [`preset-${n}`, () => presetTables(n)]));

export const DOC_TABLES: Record<string, () => string> = {
  'format-sections': () =>
    markdownTable(
      ['role', 'default heading', 'also written', 'required', 'for'],
      SECTION_ROLE_VOCABULARY.map((r) => [code(r.role), r.name, aliases(r), r.required ? 'yes' : 'no', r.purpose]),
    ),
  'format-key-moments': () =>
    markdownTable(
      ['moment', 'tags', 'in capitals', 'marks'],
      KEY_MOMENT_VOCABULARY.map((m) => [code(m.name), list(m.tags, (t) => code(`[${t}]`)), list(m.phrases), m.meaning]),
    ),
  'format-figures': () =>
    markdownTable(
      ['figure', 'measures', 'from', 'to', 'also stated as', 'required'],
      FIGURE_VOCABULARY.map((f) => [
        f.name,
        f.meaning,
        f.from,
        f.to,
        list(f.aliases, (a) => a),
        f.requiredByDefault ? 'yes' : 'no',
      ]),
    ),
  'readme-key-moments': () =>
    markdownTable(
      ['moment', 'also marked by', 'marks'],
      KEY_MOMENT_VOCABULARY.map((m) => [
        code(`[${m.name}]`),
        list([...m.tags.filter((t) => t !== m.name).map((t) => `[${t}]`), ...m.phrases]),
        m.meaning,
      ]),
    ),
  'readme-figures': () =>
    markdownTable(
      ['figure', 'measures', 'from → to', 'required'],
      FIGURE_VOCABULARY.map((f) => [f.name, f.meaning, `${f.from} → ${f.to}`, f.requiredByDefault ? 'yes' : 'no']),
    ),
  ...presetPages,
  'readme-presets': () =>
    markdownTable(
      ['preset', 'template', 'sections'],
      PRESET_VOCABULARY.map((p) => [`[${code(p.name)}](docs/presets/${p.name}.md)`, p.title, p.detail]),
    ),
  'format-figure-definitions': () =>
    markdownTable(
      ['figureDefinitions', 'as', ...FIGURE_VOCABULARY.map((f) => f.name)],
      FIGURE_DEFINITIONS_VOCABULARY.map((d) => [
        code(d.name),
        `[${d.by}](${d.source})`,
        ...FIGURE_VOCABULARY.map((f) => {
          const def = (d.figures as Record<string, { from: string; to: string } | undefined>)[f.name];
          return def ? `${def.from} → ${def.to}` : '';
        }),
      ]),
    ),
  'readme-sections': () =>
    markdownTable(
      ['section', 'also written', 'role', 'for', 'snippet'],
      SECTION_ROLE_VOCABULARY.map((r) => [r.name, aliases(r), code(r.role), r.purpose, code(r.snippet)]),
    ),
};

const BLOCK = /(<!-- vocabulary:([\w-]+) -->)[\s\S]*?(<!-- \/vocabulary:\2 -->)/g;

/** The tables a markdown file's markers name. */
export function markedTables(text: string): string[] {
  return [...text.matchAll(BLOCK)].map((m) => m[2]);
}

/** `text` with every marked table regenerated; an unknown name is an error, not silence. */
export function withTables(text: string): string {
  return text.replace(BLOCK, (_, open: string, name: string, close: string) => {
    const table = DOC_TABLES[name];
    if (!table) throw new Error(`no table named "${name}" (known: ${Object.keys(DOC_TABLES).join(', ')})`);
    return `${open}\n\n${table()}\n\n${close}`;
  });
}

export const DOCS_WITH_TABLES = ['docs/format.md', 'README.md', ...PRESET_NAMES.map((n) => `docs/presets/${n}.md`)];
