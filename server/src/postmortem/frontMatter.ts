// YAML front matter (TOML's is frontMatterToml.ts): parsed with `yaml` so that each key keeps its offsets for findings.
import type { Yaml } from 'mdast';
import { isMap, isScalar, parseDocument } from 'yaml';
import type { FrontMatter, Span } from './model';

export function readFrontMatter(node: Yaml, span: Span, text: string): FrontMatter {
  // The node's value starts after the opening `---` line.
  const valueStart = text.indexOf('\n', span.start) + 1;
  const doc = parseDocument(node.value, { prettyErrors: false, uniqueKeys: true });
  const keySpans: Record<string, Span> = {};
  let data: Record<string, unknown> | undefined;
  if (isMap(doc.contents)) {
    for (const item of doc.contents.items) {
      if (isScalar(item.key) && item.key.range) {
        keySpans[String(item.key.value)] = {
          start: valueStart + item.key.range[0],
          end: valueStart + item.key.range[1],
        };
      }
    }
    const json: unknown = doc.errors.length ? undefined : doc.toJS();
    if (json && typeof json === 'object' && !Array.isArray(json)) data = json as Record<string, unknown>;
  }
  const errors = doc.errors.map((e) => ({
    message: e.message.split('\n')[0],
    span: { start: valueStart + e.pos[0], end: valueStart + Math.max(e.pos[1], e.pos[0] + 1) },
  }));
  return { span, data, keySpans, errors, language: 'yaml' };
}
