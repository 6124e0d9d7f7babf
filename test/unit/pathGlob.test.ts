// Glob matching linear in the path (item 14 of issue 10): the same answers as picomatch on the
// patterns people write, and no backtracking on the patterns built to make a regex engine hang.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import picomatch from 'picomatch';
import { DEFAULT_FILES } from '../../server/src/config/schema';
import { globMatcher, globProblem } from '../../server/src/postmortem/pathGlob';

const PATTERNS = [
  ...DEFAULT_FILES,
  '**/*.md',
  '*.md',
  'docs/*.md',
  'docs/**',
  '**/x/**/y',
  '[a-c]?.md',
  '**/.hidden/*.md',
  '**/*incident*.{md,markdown}',
  'a/{b,c/{d,e}}/*.md',
  'v{1..3}/*.md',
  '/abs/**/*.md',
  '**',
];
const PATHS = [
  'a.md',
  '.a.md',
  'docs/a.md',
  'docs/x/a.md',
  '/home/u/incidents/a.md',
  '/home/u/Incidents/sub/a.markdown',
  'x/y',
  'x/q/y',
  'b1.md',
  'a/b/z.md',
  'a/c/d/z.md',
  'a/c/f/z.md',
  'q/.hidden/a.md',
  'q/my-incident-x.md',
  'v2/a.md',
  'v4/a.md',
  '/abs/q/r.md',
  '.git/a.md',
  'docs/.x/a.md',
  'postmortems/.draft.md',
];

describe('globMatcher', () => {
  for (const options of [{}, { dot: true }, { nocase: true }, { dot: true, nocase: true }]) {
    it(`answers as picomatch does ${JSON.stringify(options)}`, () => {
      for (const pattern of PATTERNS) {
        const expected = picomatch(pattern, options);
        const actual = globMatcher(pattern, options);
        for (const path of PATHS) assert.equal(actual(path), expected(path), `${pattern} on ${path}`);
      }
    });
  }

  it('matches a pattern built to backtrack against long names at once', { timeout: 10_000 }, () => {
    const hostile = globMatcher(`**/*${'a*'.repeat(12)}b`, { dot: true, nocase: true });
    assert.equal(hostile(`/x/${'a'.repeat(4000)}`), false);
    assert.equal(hostile(`/x/${'a'.repeat(4000)}b`), true);
    const globstars = globMatcher(`${Array(20).fill('**').join('/x/')}/y`);
    assert.equal(globstars('x/'.repeat(2000)), false);
  });

  it('refuses extglobs and brace bombs, which then match nothing', () => {
    assert.match(globProblem('@(a|b).md') ?? '', /extglob patterns such as @\(a\|b\) are not supported/);
    assert.match(globProblem('{a,b}'.repeat(9)) ?? '', /expand to more than 256 patterns/);
    assert.equal(globProblem('**/*.{md,markdown}'), undefined);
    assert.equal(globMatcher('@(a|b).md')('a.md'), false);
  });
});
