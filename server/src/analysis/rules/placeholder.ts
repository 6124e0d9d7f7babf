import type { Node } from 'mdast';
import { vocabulary } from '../../config/vocabulary';
import { normaliseTag } from '../../postmortem/readerSettings';
import type { Span } from '../../postmortem/model';
import { detached, linesIn, normaliseProse, truncate } from '../../postmortem/text';
import type { Rule, RuleFinding } from '../rule';
import { isTemplateCandidate } from '../template';

// Written in capitals on purpose: "the Todo column" is prose, "TODO" is a note to self.
const KEYWORDS = /\b(TODO|TBD|FIXME|XXX)\b|\blorem ipsum\b/gi;
/** Longer than this between angle brackets is prose with a `<` in it, not a placeholder. */
const ANGLE_MAX = 80;
const ANGLE = new RegExp(String.raw`\\?<([A-Za-z][^<>\n]{0,${ANGLE_MAX}}?)>`, 'g');
const ANGLE_BLOCK = new RegExp(`^${ANGLE.source}$`);
/** What every keyword or angle placeholder contains: a block without any has none to find (most blocks). */
const ANY_CANDIDATE = /todo|tbd|fixme|xxx|lorem|</i;
/** Template text quoted in a message: enough to recognise it in a problems list. */
const QUOTE_MAX = 60;
const HTML_TAGS = new Set(
  'a abbr b br blockquote code dd del details div dl dt em h1 h2 h3 h4 h5 h6 hr i img ins kbd li ol p pre q s samp small span strike strong sub summary sup table tbody td th thead tr tt u ul var'.split(
    ' ',
  ),
);

function isAnglePlaceholder(inner: string, tags: ReadonlyMap<string, unknown>): boolean {
  if (/:\/\/|@|^mailto:|=/.test(inner)) return false;
  if (tags.has(normaliseTag(inner))) return false;
  const first = inner.split(/\s+/)[0].toLowerCase();
  return !(HTML_TAGS.has(first) && !/\s/.test(inner.trim()));
}

export const placeholder: Rule = {
  code: 'PM007',
  name: 'placeholder',
  description:
    "Template text was left in: TODO, TBD, FIXME, <angle placeholders>, lorem ipsum, or text copied unchanged from the team's template.",
  defaultSeverity: 'warning',
  check(pm, { config, templateBlocks, markdown: tree, memory }) {
    const tags = vocabulary(config).tags;
    const statusWords = config.statusWords;
    const statuses = new Set(statusWords.map((w) => w.trim().toUpperCase()));
    const text = pm.text;
    let findings: RuleFinding[] = [];
    const visit = (node: Node & { children?: Node[] }) => {
      if (node.type === 'code' || node.type === 'yaml' || (node.type as string) === 'toml') return;
      if (node.type === 'html') {
        // A placeholder alone on its line is parsed as an HTML block: `<describe the impact>`.
        const value = (node as Node & { value: string }).value.trim();
        const m = ANGLE_BLOCK.exec(value);
        if (m && isAnglePlaceholder(m[1], tags)) {
          const span = tree.spanOf(node);
          findings.push({
            message: `Replace the placeholder "${value}".`,
            span: { start: span.start, end: span.start + value.length },
          });
        }
        return;
      }
      if (node.type !== 'paragraph' && node.type !== 'tableRow' && node.type !== 'heading') {
        node.children?.forEach(visit);
        return;
      }
      const span = tree.spanOf(node);
      if (templateBlocks.size === 0 && !ANY_CANDIDATE.test(text.slice(span.start, span.end))) return;
      const codeSpans = (node.children ?? []).filter((c) => c.type === 'inlineCode').map((c) => tree.spanOf(c));
      const inCode = (at: number) => codeSpans.some((c) => c.start <= at && at < c.end);
      // In a table, a status word opening or closing a cell is the item's status (Google's `Bug 123 TODO`).
      const cells = node.type === 'tableRow' ? (node.children ?? []).map((c) => tree.spanOf(c)) : [];
      const isStatus = (at: number, word: string) => {
        if (!statuses.has(word)) return false;
        const cell = cells.find((c) => c.start <= at && at < c.end);
        if (!cell) return false;
        const content = text.slice(cell.start, cell.end).replace(/^\s*\|?\s*|\s*\|?\s*$/g, '');
        return content.startsWith(word) || content.endsWith(word);
      };
      let leftover: Span | undefined;
      const flush = () => {
        if (leftover) {
          const quoted = text.slice(leftover.start, leftover.end).trim();
          const short = truncate(quoted, QUOTE_MAX);
          findings.push({
            message: `Replace the template text "${short}" with what happened in this incident.`,
            span: leftover,
          });
        }
        leftover = undefined;
      };
      for (const line of linesIn(text, span)) {
        const raw = text.slice(line.start, line.end);
        const normalised = templateBlocks.size ? normaliseProse(raw) : '';
        if (node.type !== 'heading' && templateBlocks.has(normalised) && isTemplateCandidate(normalised)) {
          const start = line.start + raw.length - raw.trimStart().length;
          leftover = leftover ? { start: leftover.start, end: line.end } : { start, end: line.end };
          continue;
        }
        flush();
        for (const m of raw.matchAll(KEYWORDS)) {
          if (inCode(line.start + m.index)) continue;
          const word = m[0];
          if (isStatus(line.start + m.index, word)) continue;
          if (/^lorem/i.test(word) || word === word.toUpperCase()) {
            findings.push({
              message: `Resolve the "${word}" left in the text.`,
              span: { start: line.start + m.index, end: line.start + m.index + word.length },
            });
          }
        }
        for (const m of raw.matchAll(ANGLE)) {
          if (inCode(line.start + m.index) || !isAnglePlaceholder(m[1], tags)) continue;
          findings.push({
            message: `Replace the placeholder "${m[0]}".`,
            span: { start: line.start + m.index, end: line.start + m.index + m[0].length },
          });
        }
      }
      flush();
    };
    // A block the incremental parser kept is the same node with the same text: its findings are
    // found once and moved with it.
    const all: RuleFinding[] = [];
    const inputs = [tags, templateBlocks, statusWords];
    for (const block of tree.root.children) {
      const at = tree.spanOf(block).start;
      const known = memory.recall(block, inputs, () => {
        findings = [];
        visit(block);
        // Kept with the block across versions: messages quote the text, so they are detached.
        return { at, findings: findings.map((f) => ({ ...f, message: detached(f.message) })) };
      });
      const delta = at - known.at;
      for (const f of known.findings)
        all.push(delta ? { ...f, span: { start: f.span.start + delta, end: f.span.end + delta } } : f);
    }
    return all;
  },
};
