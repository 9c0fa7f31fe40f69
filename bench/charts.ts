/**
 * Chart rendering, off the answer path: the first chart of a process (it
 * loads ECharts and the font), a fresh chart after that, and a cached one;
 * and how much of the bot thread a fresh chart takes (the SVG; the PNG is
 * rasterised on libuv's thread pool).
 */
import { performance } from 'node:perf_hooks';
import { createCore, DEFAULT_DATA_DIR, loadDataset } from '../src/index.js';
import { createChartMaker } from '../adapters/charts/index.js';
import type { BenchRow } from './core.js';

const QUESTIONS = ['汉口银行和武汉农商行哪个服务的企业多？', "Which is larger, Guotong Trust's injection into Biolake or into Central City?"];
const SOURCE = 'Source: bench (27 February 2025)';

function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

/** The chart rows of the table. */
export async function benchCharts(): Promise<BenchRow[]> {
  const core = createCore(loadDataset(DEFAULT_DATA_DIR));
  const answers = QUESTIONS.map((q) => core.answer(q).answer);
  const cards = core.organisations('zh').slice(0, 12).map((o) => core.browse(o.id, 'zh').answer);
  const maker = createChartMaker();
  let at = performance.now();
  await maker.chartFor(answers[0]!, SOURCE);
  const first = performance.now() - at;
  const fresh: number[] = [];
  const cpu: number[] = [];
  for (const answer of [answers[1]!, ...cards]) {
    const before = process.cpuUsage();
    at = performance.now();
    const chart = await maker.chartFor(answer, SOURCE);
    if (!chart) continue;
    fresh.push(performance.now() - at);
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  }
  at = performance.now();
  for (let i = 0; i < 1000; i += 1) await maker.chartFor(answers[0]!, SOURCE);
  const cached = (performance.now() - at) / 1000;
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  return [
    { measure: 'chart: first of the process (loads ECharts and the font)', value: ms(first), target: 'off the answer path' },
    { measure: `chart: a new one, median of ${fresh.length}; process CPU (SVG and PNG)`, value: `${ms(median(fresh))}; ${ms(median(cpu))}`, target: 'off the answer path' },
    { measure: 'chart: the same answer again (cached)', value: `${(cached * 1000).toFixed(1)} µs`, target: '' },
  ];
}
