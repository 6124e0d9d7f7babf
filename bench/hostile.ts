// The hostile inputs of issue 10, each analysed in full in a fresh process: time and time per KB
// of text (a template's KB counted with it). A case that throws is reported as a crash, one past
// the limit as a hang. `npm run bench` runs it; `node --import tsx bench/hostile.ts` alone too.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { hostileInputs } from './hostileInputs';

const LIMIT_MS = Number(process.env.HOSTILE_LIMIT_MS ?? 60_000);
/** Below this, an analysis's fixed cost (about 100 ms cold) is most of its time: no time per KB is given. */
const PER_KB_FROM = 64;

export function measureHostile(): string[] {
  const rows: string[] = [];
  let worst = { perKb: 0, name: '' };
  hostileInputs().forEach((input, i) => {
    const kb = (input.text.length + (input.template?.length ?? 0)) / 1024;
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, 'hostileCase.ts'), String(i)], {
      encoding: 'utf8',
      timeout: LIMIT_MS,
      maxBuffer: 1 << 20,
    });
    let cell: string;
    if (run.error || run.signal)
      cell = `over ${LIMIT_MS / 1000} s (stopped) | over ${(LIMIT_MS / kb).toFixed(2)} ms/KB | -`;
    else {
      const line = run.stdout.trim().split('\n').pop() ?? '';
      const out = line.startsWith('{')
        ? (JSON.parse(line) as { ms: number; error?: string; note?: string })
        : undefined;
      if (!out) cell = `crashed: ${run.stderr.trim().split('\n').pop()?.slice(0, 60) ?? ''} | - | -`;
      else if (out.error) cell = `threw after ${out.ms.toFixed(0)} ms | - | ${out.error}`;
      else {
        const perKb = out.ms / kb;
        if (kb >= PER_KB_FROM && perKb > worst.perKb) worst = { perKb, name: input.name };
        cell = `${out.ms.toFixed(0)} ms | ${kb >= PER_KB_FROM ? `${perKb.toFixed(2)} ms/KB` : '-'} | ${out.note ?? ''}`;
      }
    }
    rows.push(`| ${input.item} | ${input.name} | ${Math.round(kb)} KB | ${cell} |`);
  });
  rows.push(
    '',
    `worst time per KB over inputs of ${PER_KB_FROM} KB or more: ${worst.perKb.toFixed(2)} ms/KB (${worst.name})`,
  );
  return rows;
}

export const HOSTILE_HEADER = [
  '| item | input | size | full analysis | per KB | findings |',
  '| --- | --- | --- | --- | --- | --- |',
];

if (require.main === module) [...HOSTILE_HEADER, ...measureHostile()].forEach((r) => console.log(r));
