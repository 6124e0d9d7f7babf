// Completion where a postmortem writer is: a section heading still missing, a key-moment tag,
// a figure line with its computed value, a front matter key.
import type { CompletionItem } from 'vscode-languageserver';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import type { Analysis } from '../analysis/analyze';
import { clock } from '../analysis/describe';
import type { ConfiguredSection } from '../config/sectionRoles';
import { roleOf } from '../config/sectionRoles';
import { formatDuration } from '../postmortem/durations';
import type { Section, Span } from '../postmortem/model';
import type { SectionRole } from '../postmortem/vocabulary';
import { configuredSnippets } from '../analysis/snippets';
import { figureEntry, KEY_MOMENT_VOCABULARY, PRESET_VOCABULARY, sectionRoleEntry } from '../postmortem/vocabulary';
import { lineStart } from '../postmortem/text';

const FRONT_MATTER_KEYS: [string, string, string][] = [
  ['type', 'type: postmortem', 'Marks the file as a postmortem wherever it lives'],
  ['date', 'date: ${1:YYYY-MM-DD}', 'Incident date: anchors the timeline'],
  ['timezone', 'timezone: ${1:UTC}', 'Zone of the timeline times, e.g. UTC or Europe/London'],
  ['leader', 'leader: ${1:name}', 'Incident leader'],
  ['severity', 'severity: ${1:SEV2}', 'Severity'],
  ['status', 'status: ${1|draft,in review,final|}', 'Status of the document'],
  ['services', 'services: [${1:service}]', 'Services affected'],
  ['title', 'title: ${1:title}', 'Title'],
];

const within = (span: Span | undefined, offset: number) => !!span && span.start <= offset && offset <= span.end;

/** A section's body reaches to the next section, trailing blank lines included: where one types next. */
function body(analysis: Analysis, section: Section): Span {
  const next = analysis.postmortem.sections.find((s) => s.headingSpan.start > section.headingSpan.start);
  return { start: section.headingSpan.end + 1, end: next ? next.headingSpan.start : analysis.postmortem.text.length };
}

/** What the section is for (its role's purpose) and the other headings it may have. */
function sectionDocumentation(section: ConfiguredSection, role: SectionRole | undefined): string | undefined {
  const lines = [
    role ? `${sectionRoleEntry(role).purpose}.` : '',
    section.aliases.length ? `Also written: ${section.aliases.join(', ')}` : '',
  ].filter(Boolean);
  return lines.length ? lines.join('\n\n') : undefined;
}

export function completions(analysis: Analysis, offset: number): CompletionItem[] {
  const pm = analysis.postmortem;
  const text = pm.text;
  const start = lineStart(text, offset);
  const prefix = text.slice(start, offset);
  const range = (from: number) => analysis.lines.range({ start: from, end: offset });

  if (pm.frontMatter && within(pm.frontMatter.span, offset) && /^\w*$/.test(prefix)) {
    const present = new Set(Object.keys(pm.frontMatter.keySpans));
    return FRONT_MATTER_KEYS.filter(([key]) => !present.has(key)).map(([key, snippet, doc], i) => ({
      label: key,
      kind: CompletionItemKind.Property,
      detail: doc,
      sortText: String(i).padStart(2, '0'),
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range: range(start), newText: snippet },
    }));
  }

  // A preset's or a team's own snippets: the extension contributes only the default ones.
  const snippet = /^(\s*)(pm-[\w-]*)$/.exec(prefix);
  if (snippet) {
    const preset = PRESET_VOCABULARY.find((p) => p.name === analysis.config.preset);
    const source = preset ? `${preset.title} preset` : 'your sections';
    return configuredSnippets(analysis.config).map((s, i) => ({
      label: s.prefix,
      kind: CompletionItemKind.Snippet,
      detail: `${s.description} (${source})`,
      filterText: s.prefix,
      sortText: String(i).padStart(2, '0'),
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range: range(start + snippet[1].length), newText: s.body.join('\n') },
    }));
  }

  const heading = /^##[ \t]+([^#]*)$/.exec(prefix);
  if (heading) {
    const config = analysis.config;
    const present = new Set(pm.sections.map((s) => s.canonical));
    return config.sections
      .filter((s) => !present.has(s.name))
      .map((s, i) => ({
        label: s.name,
        kind: CompletionItemKind.Module,
        detail: s.required ? 'missing section' : 'optional section',
        documentation: sectionDocumentation(s, roleOf(config, s.name)),
        sortText: String(i).padStart(2, '0'),
        textEdit: { range: range(offset - heading[1].length), newText: s.name },
      }));
  }

  const timeline = pm.timeline;
  const tag = /\[([\w ]*)$/.exec(prefix);
  if (tag && timeline && within(body(analysis, timeline.section), offset)) {
    const closes = text[offset] === ']';
    return KEY_MOMENT_VOCABULARY.map(({ name: moment, meaning }, i) => {
      const known = analysis.moments.moments.get(moment);
      const marked = known?.source === 'markers' ? known.entry : undefined;
      return {
        label: `[${moment}]`,
        kind: CompletionItemKind.EnumMember,
        detail: marked ? `already marked at ${clock(marked)}` : meaning,
        filterText: `[${moment}`,
        sortText: `${marked ? 1 : 0}${i}`,
        textEdit: { range: range(offset - tag[0].length), newText: `[${moment}${closes ? '' : ']'}` },
      };
    });
  }

  const impact = pm.impactSection;
  const figureLine = /^(\s*(?:[-*+]\s+)?)(\*\*)?([A-Za-z]*)$/.exec(prefix);
  if (figureLine && impact && within(body(analysis, impact), offset)) {
    const style = pm.statedFigures.find((s) => s.value)?.style ?? 'compact';
    const bold = figureLine[2] ?? '';
    return analysis.figures
      .filter((f) => !f.stated)
      .map((f, i) => {
        const value = f.minutes === null ? null : formatDuration(f.minutes, style);
        return {
          label: value ? `${f.name}: ${value}` : `${f.name}:`,
          kind: CompletionItemKind.Value,
          detail: `${figureEntry(f.name).meaning}, ${f.from} → ${f.to}${value ? ' (from the timeline)' : ''}`,
          filterText: `${bold}${f.name}`,
          sortText: String(i),
          insertTextFormat: InsertTextFormat.Snippet,
          textEdit: {
            range: range(start + figureLine[1].length),
            newText: `${bold}${f.name}:${bold} ${value ?? '${1:duration}'}`,
          },
        };
      });
  }
  return [];
}
