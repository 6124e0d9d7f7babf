// The direction between the core folders (ARCHITECTURE.md, "Invariants"), read from every import
// in server/src, type-only imports and `export ... from` included: postmortem/ is the bottom,
// config/ sits on it, analysis/ on both, features/ on the three; the hosts (the files outside
// them) may import anything. And no two files import each other, directly or round a loop.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';

const SRC = join(__dirname, '..', '..', 'server', 'src');

const CORE = ['postmortem', 'config', 'analysis', 'features', 'insights', 'charts'] as const;
type Folder = (typeof CORE)[number] | 'host';
const MAY_IMPORT: Record<Exclude<Folder, 'host'>, readonly Folder[]> = {
  postmortem: ['postmortem'],
  config: ['config', 'postmortem'],
  analysis: ['analysis', 'config', 'postmortem'],
  features: ['features', 'postmortem', 'config', 'analysis'],
  // Across postmortems, from analyses: what the CLI's report and the server's insights both show.
  insights: ['insights', 'postmortem', 'config', 'analysis'],
  // Drawing only: its own bundle, loaded when a chart is drawn, so it knows nothing of the rest.
  charts: ['charts'],
};

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
  });

/** `analysis/rules/placeholder.ts`, with forward slashes on every platform. */
const name = (path: string) => relative(SRC, path).split(sep).join('/');
const folderOf = (file: string): Folder => {
  const top = file.split('/')[0];
  return (CORE as readonly string[]).includes(top) && file.includes('/') ? (top as Folder) : 'host';
};

function resolveImport(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier);
  const found = [`${base}.ts`, join(base, 'index.ts'), base].find((p) => existsSync(p) && statSync(p).isFile());
  assert.ok(found, `${name(from)} imports ${specifier}, which is no file`);
  return name(found);
}

/** Each file's imports: every module it names, and the files of server/src among them. */
const imports = new Map<string, { modules: string[]; files: string[] }>();
for (const path of walk(SRC)) {
  const modules = ts.preProcessFile(readFileSync(path, 'utf8'), true, true).importedFiles.map((i) => i.fileName);
  const files = [...new Set(modules.filter((m) => m.startsWith('.')).map((m) => resolveImport(path, m)))];
  imports.set(name(path), { modules, files });
}

/** The loops of the import graph (strongly connected components of more than one file). */
function cycles(edges: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    for (let w = stack.pop(); w !== undefined; w = w === v ? undefined : stack.pop()) component.push(w);
    if (component.length > 1 || edges.get(v)?.includes(v)) found.push(component.sort());
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return found;
}

const graph = () => new Map([...imports].map(([file, { files }]) => [file, files]));

describe('imports between the folders of server/src', () => {
  it('reads the imports it checks: type-only ones and re-exports too', () => {
    assert.ok(imports.size > 50, `${imports.size} files`);
    // `import type { Vocabulary }` and a re-export of types, each the only link between its files.
    assert.ok(imports.get('postmortem/timelineState.ts')?.files.includes('postmortem/readerSettings.ts'));
    assert.ok(imports.get('postmortem/model.ts')?.files.includes('postmortem/vocabulary.ts'));
  });
  it('go one way: postmortem/ <- config/ <- analysis/ <- features/ <- the hosts', () => {
    const against = [...imports].flatMap(([file, { files }]) => {
      const folder = folderOf(file);
      if (folder === 'host') return [];
      return files.filter((to) => !MAY_IMPORT[folder].includes(folderOf(to))).map((to) => `${file} -> ${to}`);
    });
    assert.deepEqual(against, []);
  });
  it('the vocabulary is a leaf: it imports nothing but the data modules it re-exports, which import nothing', () => {
    const vocabulary = imports.get('postmortem/vocabulary.ts');
    assert.ok(vocabulary);
    assert.deepEqual(
      vocabulary.modules.filter((m) => !m.startsWith('./')),
      [],
      'no package, no other folder',
    );
    for (const file of vocabulary.files) assert.deepEqual(imports.get(file)?.modules, [], `${file} is a leaf`);
  });
  it('make no cycle, type-only imports included', () => {
    assert.deepEqual(cycles(graph()), []);
  });
  it('finds a cycle when there is one', () => {
    const edges = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    assert.deepEqual(cycles(edges), [['a.ts', 'b.ts', 'c.ts']]);
  });
});
