// Incremental parsing: each run of blocks (blocks.ts) is parsed alone and kept by its text, so a
// keystroke reparses one run and moves the others. The tree it builds equals remark's parse of
// the whole text, node for node and position for position (test/unit/incremental.test.ts).
import type { Definition, FootnoteDefinition, Node, Root, RootContent } from 'mdast';
import type { Point } from 'unist';
import type { TextBlock } from './blocks';
import { splitBlocks } from './blocks';
import type { MarkdownTree } from './markdown';
import { parseText, treeOf } from './markdown';
import { finish } from './steps';
import { detached } from './text';

interface ParsedRun {
  /** Top-level nodes, positioned for where the run sat when last used. */
  nodes: RootContent[];
  /** Every start and end point of every node, flat: moving a run is one loop over them. */
  points: Point[];
  offset: number;
  line: number;
  /** Labels this run defines: references elsewhere resolve against them. */
  definitions: string[];
  footnotes: string[];
  /** The run's last block is left open (a fence or an HTML block) and takes in what follows. */
  open: boolean;
  /** What can close it, when known; else the run is joined to the end. */
  closer: RegExp | undefined;
  /** Parsed as the document's last run (the end of the text closes everything). */
  last: boolean;
}

interface Run {
  start: number;
  end: number;
  line: number;
}

/** A run of one version: its parse alone, and its parse beside the document's definitions. */
interface RunRecord extends Run {
  plain: ParsedRun;
  final: ParsedRun;
  /** The definitions `final` was parsed beside ('' when it is `plain`). */
  defined: string;
}

interface Version {
  text: string;
  runs: RunRecord[];
}

/** Runs handled between two steps of a parse: about a millisecond's work when they are reused. */
const RUNS_PER_STEP = 64;

export class MarkdownCache {
  private previous: Version | undefined;
  /** Runs parsed (not reused) by the latest `parse`: what the benchmark and tests watch. */
  reparsed = 0;
  /**
   * How many trees this cache has placed: work paused between steps over one tree knows by it
   * whether another text's parse has moved the nodes they share since.
   */
  placements = 0;

  parse(text: string): MarkdownTree {
    return finish(this.parseSteps(text));
  }

  /**
   * The same parse, yielding between runs so a host can answer other requests or give up. Other
   * texts may be parsed with this cache between its steps (fix-all's), or it may be abandoned:
   * nothing is moved until its last step, which places every run without yielding.
   */
  *parseSteps(text: string): Generator<void, MarkdownTree> {
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const old = new OldRuns(this.previous, text);
    let reparsed = 0;
    const plainParse = (run: Run): { parsed: ParsedRun; from: RunRecord | undefined } => {
      const last = run.end === text.length;
      const found = old.find(run, last);
      if (found) return { parsed: found.plain, from: found };
      reparsed++;
      return { parsed: parseRun(text, run, '', '', last), from: undefined };
    };

    // First the runs, joined where one is left open; their plain parses name the definitions.
    const blocks = splitBlocks(text);
    const runs: { record: RunRecord; from: RunRecord | undefined }[] = [];
    const definitions = new Set<string>();
    const footnotes = new Set<string>();
    for (let i = 0; i < blocks.length;) {
      // Nothing to reuse (an open): many runs at once, parsed in one go and split (parseChunk).
      const chunk = this.previous ? undefined : parseChunk(text, blocks, i, bom);
      if (chunk?.runs.length) {
        for (const record of chunk.runs) {
          runs.push({ record, from: undefined });
          for (const d of record.plain.definitions) definitions.add(d);
          for (const f of record.plain.footnotes) footnotes.add(f);
        }
        reparsed += chunk.runs.length;
        i = chunk.next;
        yield;
        continue;
      }
      const run: Run = { start: blocks[i].start, end: blocks[i].end, line: blocks[i].line };
      let next = i + 1;
      let { parsed, from } = plainParse(run);
      while (parsed.open && next < blocks.length) {
        // Join up to the block holding the line that can close it, or to the end.
        const closer = parsed.closer;
        let at = text.length;
        if (closer) {
          closer.lastIndex = run.end;
          at = closer.exec(text)?.index ?? text.length;
        }
        while (next < blocks.length && blocks[next].start <= at) next++;
        run.end = blocks[next - 1].end;
        ({ parsed, from } = plainParse(run));
      }
      const record = { start: run.start, end: run.end, line: run.line, plain: parsed, final: parsed, defined: '' };
      runs.push({ record, from });
      for (const d of parsed.definitions) definitions.add(d);
      for (const f of parsed.footnotes) footnotes.add(f);
      i = next;
      if (runs.length % RUNS_PER_STEP === 0) yield;
    }

    // Then, where the document defines labels, the runs that may use one.
    const defined = runs.length > 1 ? definitionText(definitions, footnotes) : '';
    for (let i = 0; defined && i < runs.length; i++) {
      const { record, from } = runs[i];
      // A reference resolves only when its label is defined somewhere in the document: a run
      // that may hold one is parsed beside the definitions the others make.
      if (!text.slice(record.start, record.end).includes('[')) continue;
      if (from && from.defined === defined) record.final = from.final;
      else {
        reparsed++;
        const last = i === runs.length - 1;
        record.final =
          i === 0
            ? parseRun(text, record, '', `\n\n${defined}`, last)
            : parseRun(text, record, `${defined}\n\n`, '', last);
      }
      record.defined = defined;
      if (i % RUNS_PER_STEP === RUNS_PER_STEP - 1) yield;
    }

    // Last, every run moved to where it sits in this text, in one go: between two steps another
    // text may have moved the runs both share.
    const children: RootContent[] = [];
    for (const { record } of runs) {
      place(record.final, record.start - (record.start > 0 ? bom : 0), record.line);
      for (const node of record.final.nodes) children.push(node);
    }
    this.previous = { text, runs: runs.map((r) => r.record) };
    this.reparsed = reparsed;
    this.placements++;
    return treeOf(rootOf(text, bom, children), bom);
  }
}

/**
 * The previous version's runs, found again for runs of this version with the same text: by
 * position where the text before or after the edit is untouched, by text elsewhere. A run is
 * handed out once, since its nodes are moved to where it is used.
 */
class OldRuns {
  private readonly runs: RunRecord[];
  private readonly prefix: number;
  private readonly suffix: number;
  private readonly delta: number;
  /** Runs already handed out, by index into `runs`. */
  private readonly taken: Uint8Array;
  /** Where the last run found by position was: the next is usually just after it. */
  private cursor = 0;
  private byText: Map<string, number[]> | undefined;

  constructor(
    private readonly previous: Version | undefined,
    private readonly text: string,
  ) {
    this.runs = previous?.runs ?? [];
    this.taken = new Uint8Array(this.runs.length);
    const before = previous?.text ?? '';
    const prefix = commonPrefix(before, text);
    const suffix = commonSuffix(before, text, Math.min(before.length, text.length) - prefix);
    this.prefix = prefix;
    this.suffix = suffix;
    this.delta = text.length - before.length;
  }

  find(run: Run, last: boolean): RunRecord | undefined {
    let found = -1;
    if (run.end <= this.prefix) found = this.at(run.start, run.end);
    else if (run.start >= this.text.length - this.suffix) found = this.at(run.start - this.delta, run.end - this.delta);
    if (found === -1 || this.runs[found].plain.last !== last) found = this.withText(run, last);
    if (found === -1) return undefined;
    this.taken[found] = 1;
    return this.runs[found];
  }

  /** The index of the untaken run at exactly these offsets, or -1. */
  private at(start: number, end: number): number {
    const next = this.runs[this.cursor + 1];
    let i = next?.start === start ? this.cursor + 1 : this.search(start);
    if (i !== -1 && (this.runs[i].end !== end || this.taken[i])) i = -1;
    if (i !== -1) this.cursor = i;
    return i;
  }

  private search(start: number): number {
    let lo = 0;
    let hi = this.runs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.runs[mid].start;
      if (s < start) lo = mid + 1;
      else if (s > start) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  /** Runs of the edited stretch: few, so indexing them by text is cheap. */
  private withText(run: Run, last: boolean): number {
    if (!this.previous) return -1;
    if (!this.byText) {
      this.byText = new Map();
      const before = this.previous.text;
      const editEnd = before.length - this.suffix;
      this.runs.forEach((r, i) => {
        if (r.end < this.prefix || r.start > editEnd) return;
        const key = (r.start === 0 ? AT_START : '') + before.slice(r.start, r.end);
        const list = this.byText?.get(key);
        if (list) list.push(i);
        else this.byText?.set(key, [i]);
      });
    }
    const key = (run.start === 0 ? AT_START : '') + this.text.slice(run.start, run.end);
    return this.byText.get(key)?.find((i) => !this.taken[i] && this.runs[i].plain.last === last) ?? -1;
  }
}

/** Marks the key of a document's first run: it alone may hold front matter, so it matches only a first run. */
const AT_START = '\u0001';

// Compared a chunk at a time: equal slices compare as memory, and a keystroke leaves all but one
// chunk of a long document alone.
const CHUNK = 4096;

function commonPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let at = 0;
  while (at + CHUNK <= limit && a.slice(at, at + CHUNK) === b.slice(at, at + CHUNK)) at += CHUNK;
  while (at < limit && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

/** Characters equal at the ends of both, at most `limit`. */
function commonSuffix(a: string, b: string, limit: number): number {
  let n = 0;
  while (
    n + CHUNK <= limit &&
    a.slice(a.length - n - CHUNK, a.length - n) === b.slice(b.length - n - CHUNK, b.length - n)
  )
    n += CHUNK;
  while (n < limit && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

function definitionText(definitions: Set<string>, footnotes: Set<string>): string {
  const lines = [
    ...[...definitions].map((label) => `[${label}]: #`),
    ...[...footnotes].map((label) => `[^${label}]: #`),
  ];
  return lines.sort().join('\n');
}

/**
 * A run parsed alone. Any run but the last is followed in the document by a column-0 line that
 * closes every container: a sentinel line stands in for it, so a list item or quote ends as it
 * does in the whole text, and a block that takes the sentinel in is left open.
 */
function parseRun(text: string, run: Run, prefix: string, suffix: string, last: boolean): ParsedRun {
  // Node values are slices of the source: detached, they keep this run alive, not this version.
  const source = detached(text.slice(run.start, run.end));
  const local = run.start === 0 && source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const root = parseText(prefix + source + (last ? '' : SENTINEL) + suffix);
  const limit = prefix.length + local.length;
  const nodes = root.children.filter(
    (n) => (n.position?.start.offset ?? 0) >= prefix.length && (n.position?.start.offset ?? 0) < limit,
  );
  const prefixLines = prefix ? prefix.split('\n').length - 1 : 0;
  const points = pointsOf(nodes);
  shift(points, -prefix.length, -prefixLines);
  const definitions: string[] = [];
  const footnotes: string[] = [];
  collectDefinitions(nodes, definitions, footnotes);
  const final = nodes[nodes.length - 1];
  const open = !last && final !== undefined && (final.position?.end.offset ?? 0) > local.length;
  return {
    nodes,
    points,
    offset: 0,
    line: 0,
    definitions,
    footnotes,
    open,
    closer: open ? closerOf(final, local) : undefined,
    last,
  };
}

const SENTINEL = 'x';

/** Text parsed in one go on an open: remark's fixed cost per parse is paid once per chunk, not per run. */
const CHUNK_CHARS = 8 * 1024;

/**
 * The runs from block `first` on, as many as fit in a chunk, parsed together and split at block
 * boundaries: a node that crosses one joins the blocks into one run, as the parse of one run left
 * open would. The runs parse the same alone (splitBlocks), so each is what parseRun would give it;
 * a block left open at the chunk's end is left to the run-by-run loop (no runs, or fewer).
 */
function parseChunk(
  text: string,
  blocks: TextBlock[],
  first: number,
  bom: number,
): { runs: RunRecord[]; next: number } {
  let after = first + 1;
  while (after < blocks.length && blocks[after].end - blocks[first].start <= CHUNK_CHARS) after++;
  const start = blocks[first].start;
  const end = blocks[after - 1].end;
  const last = end === text.length;
  const source = detached(text.slice(start, end));
  // Offsets of the chunk's parse count from `base` in the text (micromark drops a leading BOM).
  const base = start === 0 ? bom : start;
  const limit = end - base;
  const nodes = parseText(source + (last ? '' : SENTINEL)).children.filter(
    (n) => (n.position?.start.offset ?? 0) < limit,
  );
  const chunkDefines = nodes.length > 0 && hasDefinitions(nodes);
  const runs: RunRecord[] = [];
  let k = first;
  let n = 0;
  while (k < after) {
    const run: Run = { start: blocks[k].start, end: blocks[k].end, line: blocks[k].line };
    const own: RootContent[] = [];
    let next = k + 1;
    for (; n < nodes.length && (nodes[n].position?.start.offset ?? 0) < run.end - base; n++) {
      own.push(nodes[n]);
      const nodeEnd = nodes[n].position?.end.offset ?? 0;
      // Open at the chunk's end: what closes it lies beyond, so the run-by-run loop takes it from here.
      if (nodeEnd > limit) return { runs, next: k };
      while (next < after && nodeEnd > run.end - base) run.end = blocks[next++].end;
    }
    const runLast = run.end === text.length;
    let plain: ParsedRun;
    // A reference may have resolved against a definition elsewhere in the chunk: alone, it may not.
    if (chunkDefines && text.slice(run.start, run.end).includes('[')) plain = parseRun(text, run, '', '', runLast);
    else {
      const definitions: string[] = [];
      const footnotes: string[] = [];
      collectDefinitions(own, definitions, footnotes);
      plain = {
        nodes: own,
        points: pointsOf(own),
        // Where the chunk's parse put them: place() moves them from there.
        offset: run.start - (run.start > 0 ? bom : 0) - (start - (start > 0 ? bom : 0)),
        line: run.line - blocks[first].line,
        definitions,
        footnotes,
        open: false,
        closer: undefined,
        last: runLast,
      };
      // Placed now, in this chunk's step: the run is new, so no other version shares its nodes,
      // and the last step (which must not yield) is left with nothing to move for an open.
      place(plain, run.start - (run.start > 0 ? bom : 0), run.line);
    }
    runs.push({ ...run, plain, final: plain, defined: '' });
    k = next;
  }
  return { runs, next: after };
}

function hasDefinitions(nodes: Node[]): boolean {
  const definitions: string[] = [];
  const footnotes: string[] = [];
  collectDefinitions(nodes, definitions, footnotes);
  return definitions.length + footnotes.length > 0;
}

/** Moves a run's nodes to where it sits in this version of the text. */
function place(run: ParsedRun, offset: number, line: number): void {
  if (run.offset === offset && run.line === line) return;
  shift(run.points, offset - run.offset, line - run.line);
  run.offset = offset;
  run.line = line;
}

function shift(points: Point[], offset: number, line: number): void {
  if (offset === 0 && line === 0) return;
  for (const p of points) {
    p.offset = (p.offset ?? 0) + offset;
    p.line += line;
  }
}

function pointsOf(nodes: Node[], into: Point[] = []): Point[] {
  for (const node of nodes as (Node & { children?: Node[] })[]) {
    if (node.position) into.push(node.position.start, node.position.end);
    if (node.children) pointsOf(node.children, into);
  }
  return into;
}

function collectDefinitions(nodes: Node[], definitions: string[], footnotes: string[]): void {
  for (const node of nodes as (Node & { children?: Node[] })[]) {
    if (node.type === 'definition') definitions.push((node as Definition).label ?? (node as Definition).identifier);
    else if (node.type === 'footnoteDefinition') {
      footnotes.push((node as FootnoteDefinition).label ?? (node as FootnoteDefinition).identifier);
    }
    if (node.children) collectDefinitions(node.children, definitions, footnotes);
  }
}

/** HTML blocks of kinds 1 to 5 run until their closing marker, across blank lines. */
const HTML_BLOCKS: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/** What closes a top-level block left open at the end of its run (a fence or an HTML block). */
function closerOf(node: RootContent, source: string): RegExp | undefined {
  const start = node.position?.start.offset ?? 0;
  const raw = source.slice(start - (node.position?.start.column ?? 1) + 1, node.position?.end.offset ?? start);
  if (node.type === 'code') {
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(raw);
    if (!opener) return undefined;
    const closer = new RegExp(`^ {0,3}${opener[1][0] === '`' ? '`' : '~'}{${opener[1].length},}[ \\t]*\\r?$`, 'gm');
    const lines = raw.split('\n');
    return lines.length >= 2 && new RegExp(closer.source).test(lines[lines.length - 1]) ? undefined : closer;
  }
  if (node.type === 'html') {
    for (const [open, close] of HTML_BLOCKS) {
      if (open.test(raw))
        return close.test(raw.slice(raw.indexOf('<') + 2)) ? undefined : new RegExp(close.source, 'gi');
    }
  }
  return undefined;
}

function rootOf(text: string, bom: number, children: RootContent[]): Root {
  const lastNewline = text.lastIndexOf('\n');
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
  const column = text.length - (lastNewline + 1) + 1 - (lastNewline === -1 ? bom : 0);
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: lines, column, offset: text.length - bom } },
  };
}
