// One hostile input, analysed in a process of its own (bench/hostile.ts kills it past its time
// limit): prints the full analysis's milliseconds, or the error it threw.
import { analyze } from '../server/src/analysis/analyze';
import { defaultConfig } from '../server/src/config/schema';
import { hostileInputs } from './hostileInputs';

const input = hostileInputs()[Number(process.argv[2])];
const config = defaultConfig();
const context = { path: '/repo/incidents/hostile.md', template: input.template };
const start = performance.now();
try {
  const a = analyze(input.text, config, context);
  const ms = performance.now() - start;
  const failed = a.failures.length ? ` (failures: ${a.failures.length})` : '';
  console.log(JSON.stringify({ ms, note: `${a.findings.length} findings${failed}` }));
} catch (error) {
  console.log(JSON.stringify({ ms: performance.now() - start, error: String(error).slice(0, 80) }));
}
