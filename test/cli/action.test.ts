// The GitHub Action (action.yml), run as the runner runs a composite action: each `run:` step in
// order, as `bash --noprofile --norc -eo pipefail <script>`, with the step's `env:` and
// `working-directory:` expressions filled from the inputs (defaults for those not given), in the
// workspace, stopping at the first step that fails; against the built CLI, on postmortems
// written for the test.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { postmortem, rcWithRules } from '../support/core';
import { tempTree } from '../support/fixtures';
import { CLI } from './cliProcess';

const ROOT = join(__dirname, '..', '..');

interface Step {
  name: string;
  shell?: string;
  run?: string;
  uses?: string;
  if?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}

interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action;

const EXPRESSION = /\$\{\{\s*(.*?)\s*\}\}/g;

/** The expressions this action may use; anything else would need a runner to evaluate. */
function evaluate(value: string, inputs: Record<string, string>, workspace: string): string {
  return value.replace(EXPRESSION, (_all, expression: string) => {
    const input = /^inputs\.([A-Za-z0-9_-]+)$/.exec(expression);
    if (input) {
      assert.ok(input[1] in action.inputs, `${expression} is not a declared input`);
      return inputs[input[1]];
    }
    if (expression === 'github.action_path') return ROOT;
    if (expression === 'github.workspace') return workspace;
    throw new Error(`action.yml uses \${{ ${expression} }}, which this test cannot evaluate`);
  });
}

interface StepResult {
  name: string;
  code: number | null;
  stdout: string;
  stderr: string;
}

function runAction(workspace: string, given: Record<string, string>, runner: NodeJS.ProcessEnv = {}): StepResult[] {
  assert.ok(existsSync(CLI), `${CLI} is missing: run "npm run build" first`);
  for (const name of Object.keys(given)) assert.ok(name in action.inputs, `unknown input ${name}`);
  const inputs = Object.fromEntries(
    Object.entries(action.inputs).map(([name, input]) => [name, given[name] ?? input.default ?? '']),
  );
  const temp = mkdtempSync(join(tmpdir(), 'postmortem-action-'));
  const base = {
    ...process.env,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_ACTION_PATH: ROOT,
    RUNNER_TEMP: temp,
    ...runner,
  };
  const results: StepResult[] = [];
  for (const [i, step] of action.runs.steps.entries()) {
    assert.ok(step.run !== undefined && step.shell === 'bash', `step ${step.name} is a bash run step`);
    const script = join(temp, `step-${i}.sh`);
    writeFileSync(script, step.run);
    const env = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([k, v]) => [k, evaluate(String(v), inputs, workspace)]),
    );
    const cwd = step['working-directory'] ? evaluate(step['working-directory'], inputs, workspace) : workspace;
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
      cwd,
      env: { ...base, ...env },
      encoding: 'utf8',
    });
    results.push({ name: step.name, code: r.status, stdout: r.stdout, stderr: r.stderr });
    if (r.status !== 0) break;
  }
  return results;
}

function annotations(stdout: string): string[] {
  return stdout.split('\n').filter((l) => l.startsWith('::'));
}

const MISMATCH = postmortem({ impact: '## Impact\n\nMTTD: 14m\n\nMTTR: 2h\n' });
const WORKSPACE = {
  '.git/HEAD': 'ref: refs/heads/main\n',
  '.postmortemrc.json': rcWithRules({ 'figure-mismatch': 'error' }),
  'ci/relaxed.json': rcWithRules({ 'figure-mismatch': 'warning' }),
  'docs/README.md': '# Docs\n\nTODO: write them\n',
  'docs/postmortems/2024-03-05 checkout, eu.md': MISMATCH,
  'docs/postmortems/clean.md': postmortem(),
  'notes/elsewhere.md': postmortem(),
};
const ERROR_LINE =
  '::error file=docs/postmortems/2024-03-05 checkout%2C eu.md,line=35,col=7,title=figure-mismatch (PM203)::MTTR says 2h but the timeline says 28m (from 10:12 (detected) to 10:40 (resolved)).';

describe('the GitHub Action', () => {
  it('is a composite action of bash steps, every input documented, no expression pasted into a script', () => {
    assert.equal(action.runs.using, 'composite');
    assert.ok(action.name && action.description);
    assert.deepEqual(Object.keys(action.inputs), ['globs', 'config', 'sarif-file']);
    for (const [name, input] of Object.entries(action.inputs)) {
      assert.ok(input.description.length > 40, `${name} is documented`);
      assert.equal(typeof input.default, 'string', `${name} has a default`);
    }
    for (const step of action.runs.steps) {
      assert.equal(step.shell, 'bash');
      assert.equal(step.uses, undefined);
      assert.equal(step.if, undefined);
      assert.doesNotMatch(step.run ?? '', EXPRESSION, `${step.name}: inputs go through env, never into the script`);
    }
  });

  it('the README shows it with its real inputs, each in the inputs table with its default', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('**GitHub Action.**'), readme.indexOf('**pre-commit.**'));
    const used = [...section.matchAll(/^ {6}([a-z-]+):/gm)].map((m) => m[1]);
    assert.deepEqual(used, ['globs', 'sarif-file']);
    const table = [...section.matchAll(/^\| `([a-z-]+)` +\| (`[^`]*`)? +\|/gm)].map((m) => [m[1], m[2] ?? '']);
    assert.deepEqual(
      table,
      Object.entries(action.inputs).map(([name, input]) => [name, input.default ? `\`${input.default}\`` : '']),
    );
  });

  it('annotates each finding and fails on an error, linting only the globs given', () => {
    const steps = runAction(tempTree(WORKSPACE), { globs: 'docs/postmortems\n' });
    assert.deepEqual(
      steps.map((s) => [s.name, s.code]),
      [
        ['Build postmortem-lint', 0],
        ['Lint postmortems', 1],
      ],
      steps.map((s) => s.stderr).join('\n'),
    );
    const lint = steps[1];
    assert.deepEqual(annotations(lint.stdout), [ERROR_LINE]);
    assert.match(lint.stdout, /^2 postmortems checked: 1 error, 0 warnings, 0 notes$/m);
  });

  it('passes with warnings only, under the config given, and writes SARIF where asked', () => {
    const workspace = tempTree(WORKSPACE);
    const steps = runAction(workspace, {
      globs: 'docs/postmortems',
      config: 'ci/relaxed.json',
      'sarif-file': 'reports/postmortems.sarif',
    });
    assert.deepEqual(
      steps.map((s) => s.code),
      [0, 0],
      steps.map((s) => s.stderr).join('\n'),
    );
    assert.deepEqual(annotations(steps[1].stdout), [ERROR_LINE.replace('::error', '::warning')]);
    const sarif = JSON.parse(readFileSync(join(workspace, 'reports', 'postmortems.sarif'), 'utf8')) as {
      runs: { results: { ruleId: string; level: string; locations: unknown[] }[] }[];
    };
    assert.deepEqual(
      sarif.runs[0].results.map((r) => [r.ruleId, r.level]),
      [['PM203', 'warning']],
    );
  });

  it('takes one file, folder or glob per line, trimmed, blank lines skipped; globs reach the CLI unexpanded', () => {
    const steps = runAction(tempTree(WORKSPACE), {
      globs: '  docs/**/*.md\n\n   notes/elsewhere.md  \n',
    });
    assert.equal(steps[1].code, 1, steps[1].stderr);
    // bash would read docs/**/*.md as docs/*/*.md and miss docs/README.md; the CLI's glob finds it.
    assert.match(steps[1].stdout, /^3 postmortems checked \(1 other markdown file skipped\): 1 error/m);
  });

  it('lints the whole repository by default', () => {
    const steps = runAction(tempTree(WORKSPACE), {});
    assert.match(steps[1].stdout, /^3 postmortems checked \(1 other markdown file skipped\): 1 error/m);
    assert.equal(steps[1].code, 1);
  });

  it('stops before building on a Node older than 20.19, saying what to add', () => {
    const preload = tempTree({
      'old-node.js':
        "Object.defineProperty(process.versions, 'node', { value: '20.11.1' });\n" +
        "Object.defineProperty(process, 'version', { value: 'v20.11.1' });\n",
    });
    const old = join(preload, 'old-node.js');
    const steps = runAction(tempTree(WORKSPACE), {}, { NODE_OPTIONS: `--require ${old}` });
    assert.deepEqual(
      steps.map((s) => [s.name, s.code]),
      [['Build postmortem-lint', 1]],
    );
    assert.deepEqual(annotations(steps[0].stdout), [
      '::error title=postmortem-lint::Node v20.11.1 is too old: this action needs Node 20.19 or later (add actions/setup-node before it).',
    ]);
  });

  it('says so when the globs input is empty, and fails', () => {
    const steps = runAction(tempTree(WORKSPACE), { globs: '\n  \n' });
    assert.equal(steps[1].code, 2);
    assert.deepEqual(annotations(steps[1].stdout), [
      '::error title=postmortem-lint::The globs input is empty: give files, folders or globs, one per line.',
    ]);
  });

  it('fails on a glob that matches nothing, with the CLI saying which', () => {
    const steps = runAction(tempTree(WORKSPACE), { globs: 'docs/postmortems\npostmortems/*.md' });
    assert.equal(steps[1].code, 2);
    assert.match(steps[1].stderr, /No markdown files match: postmortems\/\*\.md/);
  });
});
