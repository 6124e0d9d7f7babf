// YAML front matter (TOML's is frontMatterToml.ts): parsed with `yaml` so that each key keeps its offsets for findings.
import type { Yaml } from 'mdast';
import type { Document } from 'yaml';
import { isMap, isScalar, parseDocument } from 'yaml';
import type { FrontMatter, Span } from './model';

const ALIAS_BOMB = Symbol('too many aliases');
const ALIAS_MESSAGE = 'its aliases (*name) expand to too many values; write the values out instead of nesting aliases';

/** The front matter's values, or ALIAS_BOMB when yaml refuses to expand its aliases. */
function valuesOf(doc: Document): unknown {
  try {
    return doc.toJS();
  } catch (error) {
    // yaml's own guard against resource exhaustion ("Excessive alias count"); anything else is a bug to report.
    if (error instanceof ReferenceError && /alias/i.test(error.message)) return ALIAS_BOMB;
    throw error;
  }
}

export function readFrontMatter(node: Yaml, span: Span, text: string): FrontMatter {
  // The node's value starts after the opening `---` line.
  const valueStart = text.indexOf('\n', span.start) + 1;
  const doc = parseDocument(node.value, { prettyErrors: false, uniqueKeys: true });
  const keySpans: Record<string, Span> = {};
  let data: Record<string, unknown> | undefined;
  let aliasBomb = false;
  if (isMap(doc.contents)) {
    for (const item of doc.contents.items) {
      if (isScalar(item.key) && item.key.range) {
        keySpans[String(item.key.value)] = {
          start: valueStart + item.key.range[0],
          end: valueStart + item.key.range[1],
        };
      }
    }
    const json: unknown = doc.errors.length ? undefined : valuesOf(doc);
    if (json && typeof json === 'object' && !Array.isArray(json)) data = json as Record<string, unknown>;
    else if (json === ALIAS_BOMB) aliasBomb = true;
  }
  const errors = doc.errors.map((e) => ({
    message: e.message.split('\n')[0],
    span: { start: valueStart + e.pos[0], end: valueStart + Math.max(e.pos[1], e.pos[0] + 1) },
  }));
  // Aliases of aliases multiply (nine of nine of nine... is millions of values from 400 bytes): yaml refuses them.
  if (aliasBomb) errors.push({ message: ALIAS_MESSAGE, span: { start: valueStart, end: span.end } });
  return { span, data, keySpans, errors, language: 'yaml' };
}
