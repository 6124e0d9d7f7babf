// Figures stated as lines, in any of the names people give them and wherever a postmortem keeps
// them (the header, the Summary, Impact, a Stats section): `MTTD: 2h52m`, `**Time to detect:** 172 min`,
// `- MTTR - 1:35`, `| Time to detection | 14m |`, `Duration: 16h 45m<br>`, and an impact window,
// `Impact window: 02:00–02:08 CET`, which states the figure from start to resolved and both moments.
//
// A line is read by a scanner that looks at each character a bounded number of times: figure lines
// are where hostile text goes (a name followed by ten thousand spaces), and a backtracking pattern
// there cost seconds a line.
import { parseDuration } from './durations';
import { matchEntryTime } from './entryTime';
import type { DurationStyle, Span, StatedFigure, StatedTime } from './model';
import type { FigureDefinition } from './readerSettings';
import { linesIn } from './text';
import { IMPACT_WINDOW_LABELS } from './vocabulary';

/** What a label names: a figure, or an impact window (the figure from start to resolved). */
interface Label {
  definition: FigureDefinition;
  window: boolean;
}

interface Labels {
  byLabel: Map<string, Label>;
  /** The most words a label has: the scanner reads no further. */
  maxWords: number;
}

const compiled = new WeakMap<FigureDefinition[], Labels>();

/** A value longer than this is prose, not a duration: it is not read (and never costs the duration reader). */
const MAX_VALUE_LENGTH = 200;

const labelKey = (words: string[]) => words.join(' ').toLowerCase();

function labelsOf(figures: FigureDefinition[]): Labels {
  let labels = compiled.get(figures);
  if (!labels) {
    const byLabel = new Map<string, Label>();
    let maxWords = 1;
    const add = (label: string, entry: Label) => {
      const words = label.trim().split(/\s+/);
      maxWords = Math.max(maxWords, words.length);
      byLabel.set(labelKey(words), entry);
    };
    for (const definition of figures) for (const label of definition.labels) add(label, { definition, window: false });
    const span = figures.find((f) => f.from === 'start' && f.to === 'resolved');
    if (span) for (const label of IMPACT_WINDOW_LABELS) add(label, { definition: span, window: true });
    labels = { byLabel, maxWords };
    compiled.set(figures, labels);
  }
  return labels;
}

/** How much a scan looked at, for tests that hold it to a bound. */
export interface ScanWork {
  examined: number;
}

/** Where a figure line's label and value are, within the line. */
export interface FigureLineMatch {
  label: Label;
  labelStart: number;
  labelEnd: number;
  valueStart: number;
  valueEnd: number;
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t';
/** Characters that end a word of a label: spaces, separators, emphasis, brackets. */
const isLabelBreak = (c: string) => /[\s:|*()=–—]/.test(c);

/** A figure line's parts, or null: a list marker or cell bar, emphasis, a label, an aside, a separator. */
export function matchFigureLine(line: string, figures: FigureDefinition[], work?: ScanWork): FigureLineMatch | null {
  const { byLabel, maxWords } = labelsOf(figures);
  let at = 0;
  const peek = (offset = 0) => {
    if (work) work.examined++;
    return line[at + offset];
  };
  const skipSpaces = () => {
    const from = at;
    while (isSpace(peek())) at++;
    return at > from;
  };
  const skipEmphasis = () => {
    if ((peek() === '*' || peek() === '_') && peek(1) === peek()) at += 2;
    else if (peek() === '*' || peek() === '_') at += 1;
  };
  skipSpaces();
  while (peek() === '>') {
    at++;
    skipSpaces();
  }
  if ((peek() === '-' || peek() === '*' || peek() === '+') && isSpace(peek(1))) {
    at++;
    skipSpaces();
  } else if (/\d/.test(peek() ?? '')) {
    const from = at;
    while (/\d/.test(peek() ?? '') && at - from < 9) at++;
    if ((peek() === '.' || peek() === ')') && isSpace(peek(1))) {
      at++;
      skipSpaces();
    } else at = from;
  } else if (peek() === '|') {
    at++;
    skipSpaces();
  }
  skipEmphasis();
  const labelStart = at;

  // The label: the most words that name a figure, at most as many as the longest label has.
  const words: string[] = [];
  const ends: number[] = [];
  while (words.length < maxWords) {
    const start = at;
    while (at < line.length && !isLabelBreak(peek())) at++;
    // `__MTTR__`: underscores closing the emphasis are not part of the word.
    let end = at;
    while (end > start && line[end - 1] === '_') end--;
    if (end === start) break;
    words.push(line.slice(start, end));
    ends.push(end);
    if (end < at || !skipSpaces()) break;
  }
  let label: Label | undefined;
  let labelEnd = labelStart;
  for (let n = words.length; n > 0 && !label; n--) {
    label = byLabel.get(labelKey(words.slice(0, n)));
    if (label) labelEnd = ends[n - 1];
  }
  if (!label) return null;

  // An aside after the name, `Mean Time to Detect (MTTD):`, emphasis closing, then the separator.
  at = labelEnd;
  skipEmphasis();
  let spaced = skipSpaces();
  if (peek() === '(') {
    const close = line.indexOf(')', at);
    if (close === -1) return null;
    if (work) work.examined += close - at;
    at = close + 1;
    spaced = skipSpaces();
  }
  skipEmphasis();
  spaced = skipSpaces() || spaced;
  const c = peek();
  if (c === ':' || c === '|' || c === '=') at++;
  else if ((c === '-' || c === '–' || c === '—') && spaced && isSpace(peek(1))) at++;
  else return null;
  skipSpaces();
  skipEmphasis();
  skipSpaces();
  return { label, labelStart, labelEnd, valueStart: at, valueEnd: valueEnd(line, at, work) };
}

/** Where the value ends once emphasis, cell bars and line breaks closing it are taken off. */
function valueEnd(line: string, start: number, work?: ScanWork): number {
  let end = line.length;
  for (;;) {
    const before = end;
    while (end > start && /\s/.test(line[end - 1])) end--;
    if (line.endsWith('**', end) || line.endsWith('__', end)) end -= 2;
    else if (line[end - 1] === '|') end -= 1;
    else {
      const br = /<br\s*\/?>$/i.exec(line.slice(Math.max(start, end - 8), end));
      if (br) end -= br[0].length;
    }
    if (work) work.examined += before - end + 1;
    if (end === before || end <= start) return Math.max(end, start);
  }
}

/** A line's parts between `<br>` tags: a Summary may hold `Duration: 2h<br>User impact: ...` on one line. */
function segmentsOf(text: string, line: Span): Span[] {
  const raw = text.slice(line.start, line.end);
  const segments: Span[] = [];
  let start = 0;
  for (const m of raw.matchAll(/<br\s*\/?>/gi)) {
    segments.push({ start: line.start + start, end: line.start + m.index });
    start = m.index + m[0].length;
  }
  segments.push({ start: line.start + start, end: line.end });
  return segments.filter((s) => s.end > s.start);
}

export function readStatedFigures(text: string, span: Span, figures: FigureDefinition[]): StatedFigure[] {
  const stated: StatedFigure[] = [];
  const segments = linesIn(text, span).flatMap((l) => segmentsOf(text, l));
  for (const [index, line] of segments.entries()) {
    const raw = text.slice(line.start, line.end);
    const m = matchFigureLine(raw, figures);
    if (!m) continue;
    let valueText = raw.slice(m.valueStart, m.valueEnd);
    const valueStart = line.start + m.valueStart;
    // Hard-wrapped prose splits a value from its unit: `Duration: 19` / `hours<br>`.
    const unit = m.valueEnd === raw.trimEnd().length ? wrappedUnit(text, valueText, segments[index + 1]) : undefined;
    if (unit) valueText = text.slice(valueStart, unit.end).replace(/\s+/g, ' ');
    const figure: StatedFigure = {
      figure: m.label.definition.name,
      label: raw.slice(m.labelStart, m.labelEnd),
      lineSpan: line,
      nameSpan: { start: line.start + m.labelStart, end: line.start + m.labelEnd },
      valueSpan: { start: valueStart, end: unit?.end ?? valueStart + valueText.length },
      valueText,
      value: null,
      style: 'compact' satisfies DurationStyle,
    };
    if (m.label.window) {
      const window = valueText.length <= MAX_VALUE_LENGTH ? readWindow(valueText, valueStart) : null;
      if (window) {
        figure.window = window;
        figure.value = { minutes: windowMinutes(window), approximate: false };
      }
    } else {
      const parsed = valueText.length <= MAX_VALUE_LENGTH ? parseDuration(valueText) : null;
      if (parsed) {
        figure.value = parsed.value;
        figure.style = parsed.style;
      }
    }
    stated.push(figure);
  }
  return stated;
}

/** The unit that begins the next line, when the value is a number alone and the unit is all that line's segment starts with. */
function wrappedUnit(text: string, value: string, next: Span | undefined): Span | undefined {
  if (!next || !/^\d+(?:\.\d+)?$/.test(value)) return undefined;
  const word = /^\s*(minutes?|mins?|hours?|hrs?|days?)\b/i.exec(text.slice(next.start, next.end));
  return word ? { start: next.start, end: next.start + word[0].length } : undefined;
}

const RANGE_SEPARATOR = /^\s*(?:[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?\s*)?(?:–|—|-|to|until|till|through)\s*/i;

/** `02:00–02:08 CET`, `2024-03-05 22:10 UTC - 2024-03-06 01:00 UTC`, `10:00 PM to 1:30 AM`. */
function readWindow(value: string, offset: number): { start: StatedTime; end: StatedTime } | null {
  const first = matchEntryTime(value);
  if (!first?.time) return null;
  const rest = value.slice(first.timeEnd);
  const separator = RANGE_SEPARATOR.exec(rest);
  if (!separator) return null;
  const endAt = first.timeEnd + separator[0].length;
  const second = matchEntryTime(value.slice(endAt));
  if (!second?.time) return null;
  // A zone written once, after the range, is both ends'.
  const zone = second.zone ?? first.zone;
  return {
    start: {
      span: { start: offset + first.timeStart, end: offset + first.timeEnd },
      text: value.slice(first.timeStart, first.timeEnd),
      date: first.date,
      time: first.time,
      zone: first.zone ?? zone,
    },
    end: {
      span: { start: offset + endAt + second.timeStart, end: offset + endAt + second.timeEnd },
      text: value.slice(endAt + second.timeStart, endAt + second.timeEnd),
      date: second.date ?? first.date,
      time: second.time,
      zone,
    },
  };
}

const MINUTES_PER_DAY = 24 * 60;

/** The window's length by its clocks: an end earlier than the start is the next day. Zones and dates
 * are the key moments' business (keyEvents.ts); a stated duration is what the clocks say. */
function windowMinutes(window: { start: StatedTime; end: StatedTime }): number {
  const minuteOf = (t: StatedTime) => (t.time ? t.time.hour * 60 + t.time.minute : 0);
  const days =
    window.start.date && window.end.date
      ? Math.round((Date.parse(window.end.date) - Date.parse(window.start.date)) / 86_400_000)
      : 0;
  let minutes = days * MINUTES_PER_DAY + minuteOf(window.end) - minuteOf(window.start);
  if (minutes < 0 && days === 0) minutes += MINUTES_PER_DAY;
  return minutes;
}
