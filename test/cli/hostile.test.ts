// The CLI against a careless or hostile file system: what --fix writes (bytes, owner, modes,
// links, edits made meanwhile), configuration files that are huge, endless or deep, globs built
// to backtrack, files that cannot be read or named, and text that would drive the terminal.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  linkSync,
  mkdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
  appendFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { FileReport } from '../../server/src/cli/report';
import { postmortem } from '../support/core';
import { tempTree } from '../support/fixtures';
import { CLI, MARKED, run } from './cliProcess';

const BROKEN = MARKED.replace('MTTR: 45m', 'MTTR: 2h');
const isRoot = process.getuid?.() === 0;
const NOT_ROOT = 'needs root (to chown files to nobody and to run the CLI as nobody): skipped';
const NOBODY = { uid: 65534, gid: 65534 };
// As root the CLI runs as nobody where permissions must hold; nobody must be able to read dist/cli.js.
const nobodyCanRun = isRoot && run(['--version'], tmpdir(), NOBODY).code === 0;
const NOBODY_CANNOT_RUN = isRoot ? 'user nobody cannot read dist/cli.js: skipped' : NOT_ROOT;

/** A folder tree nobody may enter and write in, as a user's own checkout would be. */
function nobodysTree(files: Record<string, string>): string {
  const dir = tempTree(files);
  spawnSync('chown', ['-R', `${NOBODY.uid}:${NOBODY.gid}`, dir]);
  return dir;
}

describe('--fix writes only what it fixes', () => {
  it('keeps bytes that are not UTF-8 (a Latin-1 café) exactly, outside the fix (item 1)', () => {
    const latin1 = (text: string) => Buffer.from(text, 'latin1');
    const text = BROKEN.replace(
      '## Description\n\n',
      '## Description\n\nThe café menu service, na\u00efve retries.\n\n',
    );
    const dir = tempTree({});
    mkdirSync(join(dir, 'incidents'));
    writeFileSync(join(dir, 'incidents/a.md'), latin1(text));
    const r = run(['--fix', 'incidents'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(readFileSync(join(dir, 'incidents/a.md')), latin1(text.replace('MTTR: 2h', 'MTTR: 45m')));
  });

  it('loses no edit saved while it runs: it starts over from the saved text (item 2)', async (t) => {
    const entries = Array.from(
      { length: 2500 },
      (_, i) => `10:${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} step ${i}`,
    ).join('\n\n');
    const text = postmortem({
      timeline: `## Timeline\n\nAll times UTC.\n\n09:00 deploy [start]\n\n09:20 alert [detected]\n\n${entries}\n\n23:59 fixed [resolved]\n`,
      impact: '## Impact\n\nMTTD: 20m\n\nMTTR: 2h\n',
    });
    const dir = tempTree({ 'incidents/a.md': text });
    const file = join(dir, 'incidents/a.md');
    // Read access is seen in the access time (relatime updates one older than the modification).
    const past = new Date(Date.now() - 3 * 86_400_000);
    utimesSync(file, past, statSync(file).mtime);
    readFileSync(file);
    if (statSync(file).atimeMs === past.getTime()) return t.skip('this file system keeps no access times: skipped');
    utimesSync(file, past, statSync(file).mtime);
    const child = spawn(process.execPath, [CLI, '--fix', 'incidents'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    while (statSync(file).atimeMs === past.getTime()) await new Promise((r) => setTimeout(r, 2));
    appendFileSync(file, '\nA line added while the fix ran.\n');
    assert.equal(await exited, 0, stderr);
    const after = readFileSync(file, 'utf8');
    assert.match(after, /A line added while the fix ran\.\n$/, 'the edit saved meanwhile is kept');
    assert.match(after, /\nMTTR: 14h39m\n/, 'and the fix is made on it');
  });

  it(
    'keeps the owner and group of a file fixed as root, and drops setuid and setgid (item 4)',
    { skip: isRoot ? false : NOT_ROOT },
    () => {
      const dir = tempTree({ 'incidents/a.md': BROKEN });
      const file = join(dir, 'incidents/a.md');
      chownSync(file, NOBODY.uid, NOBODY.gid);
      chmodSync(file, 0o6640);
      const r = run(['--fix', 'incidents'], dir);
      assert.equal(r.code, 0, r.stderr);
      const stat = statSync(file);
      assert.deepEqual([stat.uid, stat.gid, stat.mode & 0o7777], [NOBODY.uid, NOBODY.gid, 0o640]);
      assert.equal(readFileSync(file, 'utf8'), MARKED);
    },
  );

  it(
    'refuses a file another user owns rather than giving it to whoever runs the fix',
    { skip: nobodyCanRun ? false : NOBODY_CANNOT_RUN },
    () => {
      const dir = nobodysTree({ 'incidents/a.md': BROKEN, 'incidents/b.md': BROKEN });
      chownSync(join(dir, 'incidents/b.md'), 0, 0);
      chmodSync(join(dir, 'incidents/b.md'), 0o666);
      const r = run(['--fix', 'incidents'], dir, NOBODY);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(
        r.stderr,
        'incidents/b.md: not fixed: it belongs to another user (uid 0), and the fixed file would belong to you\n',
      );
      assert.equal(readFileSync(join(dir, 'incidents/a.md'), 'utf8'), MARKED);
      assert.equal(readFileSync(join(dir, 'incidents/b.md'), 'utf8'), BROKEN);
    },
  );

  it('leaves a read-only file alone and says so, even as root (item 5)', () => {
    const dir = tempTree({ 'incidents/a.md': BROKEN });
    chmodSync(join(dir, 'incidents/a.md'), 0o444);
    const r = run(['--fix', '--format', 'json', 'incidents'], dir);
    assert.equal(r.code, 0, 'a refusal by design, as for a symlink leading outside');
    assert.equal(r.stderr, 'incidents/a.md: not fixed: it is read-only (mode 444)\n');
    assert.equal(readFileSync(join(dir, 'incidents/a.md'), 'utf8'), BROKEN);
    const [report] = JSON.parse(r.stdout) as FileReport[];
    assert.deepEqual(
      report.findings.map((f) => [f.name, f.fixable]),
      [['figure-mismatch', true]],
    );
  });

  it('leaves a file with hard links alone, every name with the same text (item 6)', () => {
    const dir = tempTree({ 'incidents/a.md': BROKEN });
    linkSync(join(dir, 'incidents/a.md'), join(dir, 'snapshot.md'));
    const r = run(['--fix', 'incidents'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stderr,
      /^incidents\/a\.md: not fixed: it has 2 hard links, which a fixed copy would no longer share/,
    );
    assert.equal(readFileSync(join(dir, 'incidents/a.md'), 'utf8'), BROKEN);
    assert.equal(statSync(join(dir, 'incidents/a.md')).ino, statSync(join(dir, 'snapshot.md')).ino);
  });
});

describe('configuration files that are huge, endless or deep', () => {
  it('5,000 nested arrays: a located problem, and every file still reported (item 10)', () => {
    const dir = tempTree({
      '.postmortemrc.json': `{ "rules": ${'['.repeat(5000)}${']'.repeat(5000)} }`,
      'incidents/a.md': MARKED,
    });
    const r = run(['--format', 'json', 'incidents'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^\.postmortemrc\.json:1:\d+: The configuration is nested more than 32 levels deep here/m);
    assert.doesNotMatch(r.stderr, /internal error|RangeError/);
    assert.deepEqual(
      (JSON.parse(r.stdout) as FileReport[]).map((f) => f.file),
      ['incidents/a.md'],
    );
  });

  it('a 15 MB config is refused unread (item 12)', { timeout: 20_000 }, () => {
    const files = Array.from({ length: 1_000_000 }, (_, i) => `d${i}/*.md`);
    const dir = tempTree({ '.postmortemrc.json': JSON.stringify({ files }), 'incidents/a.md': MARKED });
    const r = run(['incidents'], dir);
    assert.equal(r.code, 2);
    assert.match(
      r.stderr,
      /^\.postmortemrc\.json: Cannot read this configuration file: it is 1\d\.\d MB, over the 256 KB allowed\.$/m,
    );
    assert.match(r.stdout, /1 postmortem checked/);
  });

  for (const [name, make] of [
    ['/dev/zero', (path: string) => symlinkSync('/dev/zero', path)],
    ['a FIFO', (path: string) => spawnSync('mkfifo', [path])],
  ] as const) {
    it(`a .postmortemrc.json that is ${name} is reported, not read for ever (item 13)`, { timeout: 20_000 }, () => {
      const dir = tempTree({ 'incidents/a.md': MARKED });
      make(join(dir, '.postmortemrc.json'));
      const r = run(['incidents'], dir, { timeout: 15_000 });
      assert.equal(r.code, 2, r.stderr);
      assert.match(
        r.stderr,
        /^\.postmortemrc\.json: Cannot read this configuration file: it is a (device|named pipe)/m,
      );
    });
  }

  it('a configured template that cannot be used is said at its key (item 33)', () => {
    const dir = tempTree({ 'incidents/a.md': MARKED, 'tpl/folder.md/x': '', 'big-template.md': 'x'.repeat(300_000) });
    spawnSync('mkfifo', [join(dir, 'fifo.md')]);
    for (const [template, why] of [
      ['missing.md', 'cannot be used: it does not exist'],
      ['tpl/folder.md', 'cannot be used: it is a folder'],
      ['fifo.md', 'cannot be used: it is a named pipe (FIFO), not a file'],
      ['big-template.md', 'cannot be used: it is 293 KB, over the 256 KB allowed'],
      ['notes.txt', 'is not a markdown file (.md or .markdown)'],
    ]) {
      writeFileSync(join(dir, '.postmortemrc.json'), `{\n  "template": ${JSON.stringify(template)}\n}\n`);
      const r = run(['incidents'], dir, { timeout: 15_000 });
      assert.equal(r.code, 2, template);
      assert.equal(r.stderr, `.postmortemrc.json:2:15: "template": ${JSON.stringify(template)} ${why}.\n`);
    }
  });

  it('names a config outside the working directory by its absolute path, and a folder given as --config (item 38)', () => {
    const dir = tempTree({ 'work/incidents/a.md': MARKED, 'other/rc.json': '' });
    const r = run(['--config', '../other/rc.json', 'incidents'], join(dir, 'work'));
    assert.equal(r.code, 2);
    assert.match(r.stderr, new RegExp(`^${join(dir, 'other/rc.json')}:1:1: The file is empty`, 'm'));
    const folder = run(['--config', '..', 'incidents'], join(dir, 'work'));
    assert.equal(folder.code, 2);
    assert.match(folder.stderr, /^postmortem-lint: --config \.\.: it is a folder, not a configuration file$/m);
    mkdirSync(join(dir, 'work/.postmortemrc.json'));
    const discovered = run(['incidents'], join(dir, 'work'));
    assert.match(discovered.stderr, /^\.postmortemrc\.json: Cannot read this configuration file: it is a folder\.$/m);
  });
});

describe('globs built to backtrack (item 14)', () => {
  const HOSTILE = `**/*${'a*'.repeat(12)}b`;
  const name = `${'a'.repeat(40)}.md`;

  it('in the files setting, classify a 40-character name at once', { timeout: 20_000 }, () => {
    const dir = tempTree({ '.postmortemrc.json': JSON.stringify({ files: [HOSTILE] }), [`notes/${name}`]: MARKED });
    const r = run(['--format', 'json', 'notes'], dir, { timeout: 15_000 });
    assert.equal(r.code, 0, r.stderr);
    assert.equal((JSON.parse(r.stdout) as FileReport[])[0].isPostmortem, true, 'by its headings');
  });

  it('as an operand, search at once', { timeout: 20_000 }, () => {
    const dir = tempTree({ [`notes/${name}`]: MARKED });
    const r = run(['--format', 'json', `notes/${HOSTILE.slice(3)}`], dir, { timeout: 15_000 });
    assert.equal(r.code, 2, 'nothing matches: no b');
    assert.match(r.stderr, /No markdown files match/);
  });

  it('an extglob operand is a usage error naming what to write instead', () => {
    const r = run(['incidents/@(a|b).md'], tempTree({}));
    assert.equal(r.code, 2);
    assert.match(
      r.stderr,
      /Cannot search incidents\/@\(a\|b\)\.md: extglob patterns such as @\(a\|b\) are not supported: write \{a,b\} instead/,
    );
  });
});

describe('config and template discovery (item 27)', () => {
  const STRICT = '{ "rules": { "figure-mismatch": "error" } }';

  it('never reads a config from a folder anyone may write to (like /tmp), nor above it', () => {
    const shared = tempTree({ '.postmortemrc.json': STRICT, '.git/HEAD': '', 'project/incidents/a.md': BROKEN });
    chmodSync(shared, 0o1777);
    const r = run(['incidents'], join(shared, 'project'));
    assert.equal(r.code, 0, 'the planted config does not make the mismatch an error');
  });

  it('stops at the repository root', () => {
    const dir = tempTree({ '.postmortemrc.json': STRICT, 'repo/.git/HEAD': '', 'repo/incidents/a.md': BROKEN });
    assert.equal(run(['incidents'], join(dir, 'repo')).code, 0);
    writeFileSync(join(dir, 'repo/.postmortemrc.json'), STRICT);
    assert.equal(run(['incidents'], join(dir, 'repo')).code, 1);
  });
});

describe('terminal escapes and odd names (items 28, 32, 38)', () => {
  it('shows control characters from a document and its name escaped, one line per finding', () => {
    const text = BROKEN.replace('MTTR: 2h', 'MTTR: \u001b]0;pwned\u0007 2h \u001b[2K');
    const dir = tempTree({ 'incidents/a\nb.md': text });
    const r = run(['incidents'], dir);
    // eslint-disable-next-line no-control-regex -- no raw control character may reach the terminal
    assert.doesNotMatch(r.stdout + r.stderr, /[\u0000-\u0008\u000B-\u001F\u007F]/);
    assert.match(r.stdout, /^incidents\/a\\x0ab\.md:\d+:\d+ {2}.*\\x1b\]0;pwned\\x07/m);
    assert.match(r.stdout, /^incidents\/a\\x0ab\.md: MTTD 20m/m);
  });

  it('lints names holding a backslash, and SARIF keeps it as %5C', () => {
    const dir = tempTree({ 'incidents/a\\b.md': MARKED });
    const json = run(['--format', 'json', 'incidents'], dir);
    assert.deepEqual(
      (JSON.parse(json.stdout) as FileReport[]).map((f) => f.file),
      ['incidents/a\\b.md'],
    );
    const broken = tempTree({ 'incidents/a\\b.md': BROKEN });
    const sarif = JSON.parse(run(['--format', 'sarif', 'incidents'], broken).stdout) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'incidents/a%5Cb.md');
  });

  it('names a file whose name is not UTF-8, escaped, and fails the run', () => {
    const dir = tempTree({ 'incidents/a.md': MARKED });
    writeFileSync(
      Buffer.concat([Buffer.from(join(dir, 'incidents/caf')), Buffer.from([0xe9]), Buffer.from('.md')]),
      MARKED,
    );
    const r = run(['incidents'], dir);
    assert.equal(r.code, 2);
    assert.equal(
      r.stderr,
      'incidents/caf\\xe9.md: is not checked: its name is not valid UTF-8, which this tool cannot open (rename it)\n',
    );
    assert.match(r.stdout, /^1 postmortem checked/m);
  });
});

describe('files that cannot be read (items 30, 31)', () => {
  it('a missing operand is named and the others are still checked', () => {
    const dir = tempTree({ 'incidents/a.md': BROKEN });
    const r = run(['--format', 'json', 'incidents', 'nonexist.md'], dir);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'postmortem-lint: No markdown files match: nonexist.md\n');
    assert.deepEqual(
      (JSON.parse(r.stdout) as FileReport[]).map((f) => f.file),
      ['incidents/a.md'],
    );
  });

  it(
    'an unreadable folder is named and fails the run; the rest is checked',
    { skip: nobodyCanRun ? false : NOBODY_CANNOT_RUN },
    () => {
      const dir = nobodysTree({ 'incidents/a.md': MARKED, 'incidents/secret/b.md': MARKED });
      chmodSync(join(dir, 'incidents/secret'), 0o000);
      try {
        const r = run(['incidents'], dir, NOBODY);
        assert.equal(r.code, 2);
        assert.equal(r.stderr, 'incidents/secret: cannot be read: permission denied; its files are not checked\n');
        assert.match(r.stdout, /^1 postmortem checked/m);
        const named = run(['incidents/secret/b.md'], dir, NOBODY);
        assert.equal(named.code, 2);
        assert.equal(named.stderr, 'incidents/secret/b.md: cannot be read: permission denied\n');
      } finally {
        chmodSync(join(dir, 'incidents/secret'), 0o755);
      }
    },
  );
});
