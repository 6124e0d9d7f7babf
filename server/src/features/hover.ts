// Hovers explain: a stated figure (what it measures, the moments it comes from and how sure that
// is, whether it agrees), a timeline time (absolute, in UTC, since impact start), a key-moment tag,
// a Key events line, and the words that suggest a moment when nothing is marked (≈).
import type { Hover } from 'vscode-languageserver';
import { MarkupKind } from 'vscode-languageserver';
import type { Analysis } from '../analysis/analyze';
import { clock, elapsed, momentClock, suggestedMark } from '../analysis/describe';
import type { ImpactFigure } from '../analysis/figure';
import type { LocatedMoment } from '../analysis/moment';
import { statedAgrees } from '../analysis/agreement';
import { vocabulary } from '../config/vocabulary';
import { humanDuration } from '../postmortem/durations';
import type { KeyEvent, KeyMoment, Span, StatedFigure, TimelineEntry } from '../postmortem/model';
import { figureEntry, keyMomentEntry } from '../postmortem/vocabulary';
import { truncate } from '../postmortem/text';
import { formatIso } from '../postmortem/zones';

const inside = (span: Span, offset: number) => span.start <= offset && offset <= span.end;

/** An entry quoted in a hover takes one line of the hover's width. */
const QUOTE_MAX = 70;

function lineLink(analysis: Analysis, uri: string, offset: number, label: string): string {
  const line = analysis.lines.position(offset).line + 1;
  return `[${label}](${uri}#L${line})`;
}

function entryLink(analysis: Analysis, uri: string, entry: TimelineEntry): string {
  const text = truncate(entry.text, QUOTE_MAX);
  return `${lineLink(analysis, uri, entry.lineSpan.start, clock(entry))} ${text.replace(/[[\]]/g, '\\$&')}`;
}

/** Where a moment is, as a hover line: its entry, its Key events line or window, and why for a suggestion. */
function momentLine(analysis: Analysis, uri: string, m: LocatedMoment): string {
  const mark = suggestedMark(m.source);
  if (m.entry) {
    const why = m.words ? ` (suggested by "${m.words.text}")` : m.source === 'inferred' ? ' (inferred)' : '';
    return `${mark}${entryLink(analysis, uri, m.entry)}${why}`;
  }
  if (m.keyEvent) {
    const where = m.keyEvent.form === 'window' ? 'the impact window' : 'Key events';
    return `${lineLink(analysis, uri, m.keyEvent.lineSpan.start, momentClock(m))} ${m.keyEvent.label} (${where})`;
  }
  return momentClock(m);
}

function sourceNote(figure: ImpactFigure): string {
  if (figure.source === 'wording')
    return '≈ Suggested by the entries\' words: nothing is marked, so this is not checked. Mark the moments (the lightbulb\'s "Mark as") to make it a checked figure.';
  if (figure.source === 'inferred')
    return 'Inferred from the stated figures: no entry is marked; mark them to keep this checked.';
  const places = new Set<string>();
  for (const m of [figure.fromMoment, figure.toMoment]) {
    if (m?.entry) places.add('the timeline');
    else if (m?.keyEvent) places.add(m.keyEvent.form === 'window' ? 'the impact window' : 'the Key events list');
  }
  return `From the key moments marked in ${[...places].join(' and ')}.`;
}

function agreement(figure: ImpactFigure, stated: StatedFigure, minutes: number): string {
  if (!stated.value)
    return stated.valueText ? `Stated "${stated.valueText}" cannot be read as a duration.` : 'No value is stated yet.';
  if (figure.source === 'wording') {
    return statedAgrees(stated.value, minutes)
      ? `Stated ${stated.valueText}: agrees with the suggestion.`
      : `Stated ${stated.valueText}: the suggestion gives ≈${humanDuration(minutes)} (not checked).`;
  }
  return statedAgrees(stated.value, minutes)
    ? `Stated ${stated.valueText}: agrees with the timeline.`
    : `Stated ${stated.valueText}: **differs**, the timeline says ${humanDuration(minutes)}.`;
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
  const { fromMoment, toMoment } = figure;
  if (figure.minutes === null || !fromMoment || !toMoment) {
    lines.push(`The timeline does not give it: mark the \`[${figure.from}]\` and \`[${figure.to}]\` entries.`);
    for (const m of [fromMoment, toMoment])
      if (m?.source === 'wording') lines.push(`≈ ${m.moment}: ${momentLine(analysis, uri, m)}`);
  } else {
    lines.push(
      `Timeline: **${suggestedMark(figure.source)}${humanDuration(figure.minutes)}**, from ${figure.from} to ${figure.to}:`,
      `- ${figure.from}: ${momentLine(analysis, uri, fromMoment)}`,
      `- ${figure.to}: ${momentLine(analysis, uri, toMoment)}`,
      sourceNote(figure),
      agreement(figure, stated, figure.minutes),
    );
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
  if (start?.epochMs != null) {
    const mark = suggestedMark(start.source);
    const which = start.source === 'wording' ? 'the suggested impact start' : 'impact start';
    lines.push(`**${mark}${elapsed(start.epochMs, entry.epochMs)}** since ${which} (${momentClock(start)})`);
  }
  for (const m of analysis.moments.moments.values())
    if (m.entry === entry && m.words)
      lines.push(`≈ Suggested **${m.moment}** ("${m.words.text}"): mark it \`[${m.moment}]\` to confirm.`);
  if (entry.approximate) lines.push('Approximate time.');
  return lines.join('\n\n');
}

function usedBy(analysis: Analysis, moment: KeyMoment): string {
  const using = analysis.figures.filter((f) => f.from === moment || f.to === moment);
  return using
    .map((f) => `- **${f.name}** (${f.from} → ${f.to})${f.minutes === null ? '' : `: ${humanDuration(f.minutes)}`}`)
    .join('\n');
}

function tagHover(analysis: Analysis, moment: KeyMoment): string {
  return `\`[${moment}]\` marks ${keyMomentEntry(moment).meaning}.\n\nUsed by:\n${usedBy(analysis, moment)}`;
}

function keyEventHover(analysis: Analysis, event: KeyEvent): string {
  const counted = analysis.moments.moments.get(event.moment);
  const when =
    event.epochMs !== null && event.offsetMinutes !== null
      ? `**${formatIso(event.epochMs, event.offsetMinutes)}**`
      : `**${event.time.text}**, on a day the document does not give`;
  const lines = [`*${event.label}* marks **${event.moment}** (${keyMomentEntry(event.moment).meaning}): ${when}.`];
  if (counted && counted.keyEvent !== event)
    lines.push(
      `Not counted: ${counted.entry ? `the timeline marks it at ${momentClock(counted)}` : `an earlier line gives it`}.`,
    );
  lines.push(`Used by:\n${usedBy(analysis, event.moment)}`);
  return lines.join('\n\n');
}

function suggestionHover(m: LocatedMoment): string {
  return `≈ The words "${m.words?.text}" suggest **${m.moment}** (${keyMomentEntry(m.moment).meaning}), as a reviewer would read them: nothing in the timeline is marked.\n\nA suggestion is shown, never checked: mark it \`[${m.moment}]\` (the lightbulb's "Mark as ${m.moment}") to make it count.`;
}

export function hoverAt(analysis: Analysis, uri: string, offset: number): Hover | null {
  const pm = analysis.postmortem;
  if (!pm.classification) return null;
  const make = (value: string, span: Span): Hover | null =>
    value ? { contents: { kind: MarkupKind.Markdown, value }, range: analysis.lines.range(span) } : null;
  for (const entry of pm.timeline?.entries ?? []) {
    if (offset < entry.lineSpan.start || offset > entry.lineSpan.end) continue;
    const tag = entry.moments.find((t) => inside(t.span, offset));
    if (tag) return make(tagHover(analysis, tag.moment), tag.span);
    if (inside(entry.timeSpan, offset)) return make(timeHover(analysis, entry), entry.timeSpan);
    for (const m of analysis.moments.moments.values())
      if (m.entry === entry && m.words && inside(m.words.span, offset)) return make(suggestionHover(m), m.words.span);
  }
  const event = pm.keyEvents.find((e) => e.form === 'key-events' && inside(e.lineSpan, offset));
  if (event) return make(keyEventHover(analysis, event), event.lineSpan);
  const stated = pm.statedFigures.find((s) => inside(s.lineSpan, offset));
  return stated ? make(figureHover(analysis, uri, stated), stated.lineSpan) : null;
}
