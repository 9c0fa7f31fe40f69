/**
 * `npm run bench`: prints a table of speed and memory. Measured here, never
 * asserted by a timed test. The end-to-end part (adapters under load) joins
 * this table from bench/e2e.ts when present.
 */
import { benchAgainstBm25, benchCore, benchFirstAnswer, peakMemory, type BenchRow } from './core.js';

function table(rows: readonly BenchRow[]): string {
  const w0 = Math.max(...rows.map((r) => r.measure.length), 7);
  const w1 = Math.max(...rows.map((r) => r.value.length), 5);
  const line = (a: string, b: string, c: string) => `${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`;
  return [line('measure', 'value', 'target'), line('-'.repeat(w0), '-'.repeat(w1), '------'), ...rows.map((r) => line(r.measure, r.value, r.target))].join('\n');
}

const rows: BenchRow[] = [...benchCore(), { ...peakMemory('core benchmark'), target: '≤ 100 MiB' }, ...benchAgainstBm25(), ...benchFirstAnswer()];
rows.push(...(await (await import('./charts.js')).benchCharts()));
try {
  const e2e = (await import('./e2e.js')) as { benchEndToEnd: () => Promise<BenchRow[]> };
  rows.push(...(await e2e.benchEndToEnd()));
} catch (err) {
  if ((err as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw err;
}
console.log(table(rows));
