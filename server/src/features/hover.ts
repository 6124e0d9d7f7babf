// Hovers explain: a stated figure (what it measures, the entries it comes from, whether it
// agrees), a timeline time (absolute, in UTC, since impact start), a key-moment tag.
import type { Hover } from 'vscode-languageserver';
import { MarkupKind } from 'vscode-languageserver';
import type { Analysis } from '../analysis/analyze';
import { clock, elapsed } from '../analysis/describe';
import type { ImpactFigure } from '../analysis/figure';
import { statedAgrees } from '../analysis/agreement';
import { vocabulary } from '../config/vocabulary';
import { humanDuration } from '../postmortem/durations';
import type { KeyMomentTag, Span, StatedFigure, TimelineEntry } from '../postmortem/model';
import { figureEntry, keyMomentEntry } from '../postmortem/vocabulary';
import { truncate } from '../postmortem/text';
import { formatIso } from '../postmortem/zones';

const inside = (span: Span, offset: number) => span.start <= offset && offset <= span.end;

/** An entry quoted in a hover takes one line of the hover's width. */
const QUOTE_MAX = 70;

function entryLink(analysis: Analysis, uri: string, entry: TimelineEntry): string {
  const line = analysis.lines.position(entry.lineSpan.start).line + 1;
  const text = truncate(entry.text, QUOTE_MAX);
  return `[${clock(entry)}](${uri}#L${line}) ${text.replace(/[[\]]/g, '\\$&')}`;
}

function sourceNote(figure: ImpactFigure): string {
  return figure.source === 'inferred'
    ? 'Inferred from the stated figures: no entry is marked; mark them to keep this checked.'
    : 'From the key moments marked in the timeline.';
}

function figureHover(analysis: Analysis, uri: string, stated: StatedFigure): string {
  const figure = analysis.figures.find((f) => f.name === stated.figure);
  if (!figure) return '';
  const definedBy = vocabulary(analysis.config).figures.find((f) => f.name === figure.name)?.definedBy;
  const as =
    definedBy === 'your configuration'
      ? ', as your configuration defines it'
      : definedBy
        ? `, as ${definedBy} measures it`
        : '';
  const lines = [
    `**${figure.name}** (${figureEntry(figure.name).meaning}): from *${figure.from}* to *${figure.to}*${as}.`,
  ];
  if (figure.minutes === null || !figure.fromEntry || !figure.toEntry) {
    lines.push(`The timeline does not give it: mark the \`[${figure.from}]\` and \`[${figure.to}]\` entries.`);
  } else {
    lines.push(
      `Timeline: **${humanDuration(figure.minutes)}**, from ${figure.from} to ${figure.to}:`,
      `- ${figure.from}: ${entryLink(analysis, uri, figure.fromEntry)}`,
      `- ${figure.to}: ${entryLink(analysis, uri, figure.toEntry)}`,
      sourceNote(figure),
    );
    if (stated.value) {
      lines.push(
        statedAgrees(stated.value, figure.minutes)
          ? `Stated ${stated.valueText}: agrees with the timeline.`
          : `Stated ${stated.valueText}: **differs**, the timeline says ${humanDuration(figure.minutes)}.`,
      );
    } else {
      lines.push(
        stated.valueText ? `Stated "${stated.valueText}" cannot be read as a duration.` : 'No value is stated yet.',
      );
    }
  }
  return lines.join('\n\n');
}

function timeHover(analysis: Analysis, entry: TimelineEntry): string {
  if (entry.epochMs === null || entry.offsetMinutes === null) {
    return entry.unreadable
      ? `\`${entry.timeText}\` is not a time of day.`
      : 'Unknown time: this entry is left out of the figures.';
  }
  const zone = analysis.postmortem.timeline?.timezone.label ?? 'UTC';
  const lines: string[] = [];
  if (entry.date) {
    lines.push(`**${formatIso(entry.epochMs, entry.offsetMinutes)}** (${zone})`, `UTC: ${formatIso(entry.epochMs, 0)}`);
  } else {
    lines.push(
      `**${clock(entry)}** ${zone}, on a day the document does not give: add the date to the title or a date line.`,
    );
  }
  const start = analysis.moments.moments.get('start');
  if (start?.epochMs != null)
    lines.push(`**${elapsed(start.epochMs, entry.epochMs)}** since impact start (${clock(start)})`);
  if (entry.approximate) lines.push('Approximate time.');
  return lines.join('\n\n');
}

function tagHover(analysis: Analysis, tag: KeyMomentTag): string {
  const using = analysis.figures.filter((f) => f.from === tag.moment || f.to === tag.moment);
  const uses = using.map(
    (f) => `- **${f.name}** (${f.from} → ${f.to})${f.minutes === null ? '' : `: ${humanDuration(f.minutes)}`}`,
  );
  return `\`[${tag.moment}]\` marks ${keyMomentEntry(tag.moment).meaning}.\n\nUsed by:\n${uses.join('\n')}`;
}

export function hoverAt(analysis: Analysis, uri: string, offset: number): Hover | null {
  const pm = analysis.postmortem;
  if (!pm.classification) return null;
  const make = (value: string, span: Span): Hover | null =>
    value ? { contents: { kind: MarkupKind.Markdown, value }, range: analysis.lines.range(span) } : null;
  for (const entry of pm.timeline?.entries ?? []) {
    if (offset < entry.lineSpan.start || offset > entry.lineSpan.end) continue;
    const tag = entry.moments.find((t) => inside(t.span, offset));
    if (tag) return make(tagHover(analysis, tag), tag.span);
    if (inside(entry.timeSpan, offset)) return make(timeHover(analysis, entry), entry.timeSpan);
  }
  const stated = pm.statedFigures.find((s) => inside(s.lineSpan, offset));
  return stated ? make(figureHover(analysis, uri, stated), stated.lineSpan) : null;
}
