/**
 * Core benchmark: latency per question over the shared dev questions repeated,
 * time from process start to first answer, and peak memory.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { createCore, DEFAULT_DATA_DIR, loadDataset, normalize, type ChatState, type Core } from '../src/index.js';

/** One row of the results table. */
export interface BenchRow {
  measure: string;
  value: string;
  target: string;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The questions to time: the shared dev sets when present, else the project's own held-out sets. */
function questions(): { chat?: string; q: string }[] {
  const candidates = ['../shared/eval/dev.jsonl', '../shared/eval/dev-followups.jsonl', 'tests/eval/heldout.jsonl', 'tests/eval/heldout2.jsonl',
    'tests/eval/fresh/set-a.jsonl', 'tests/eval/fresh/set-a-followups.jsonl', 'tests/eval/fresh/set-b.jsonl', 'tests/eval/fresh/set-b-followups.jsonl'];
  const files = candidates.map((f) => `${ROOT}${f}`).filter((f) => existsSync(f));
  return files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { chat?: string; q: string }));
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Times the core in this process. */
export function benchCore(rounds = 50): BenchRow[] {
  const core = createCore(loadDataset(DEFAULT_DATA_DIR));
  const qs = questions();
  for (const { q } of qs) core.answer(q, {}); // warm-up: JIT and the lazily built typo indexes
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const chats = new Map<string, ChatState>();
    for (const { chat, q } of qs) {
      const state = chat ? chats.get(chat) ?? {} : {};
      const t0 = process.hrtime.bigint();
      const reply = core.answer(q, state);
      times.push(Number(process.hrtime.bigint() - t0) / 1000);
      if (chat) chats.set(chat, reply.state);
    }
  }
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  times.sort((a, b) => a - b);
  return [
    { measure: `core latency mean (${times.length} answers)`, value: `${mean.toFixed(1)} µs`, target: '≤ 100 µs' },
    { measure: 'core latency p50', value: `${percentile(times, 50).toFixed(1)} µs`, target: '≤ 100 µs' },
    { measure: 'core latency p99', value: `${percentile(times, 99).toFixed(1)} µs`, target: '≤ 1 ms' },
    { measure: 'core latency max', value: `${times.at(-1)!.toFixed(1)} µs`, target: '' },
  ];
}

/** Chinese character pairs and English words: how a BM25 engine can index Chinese text. */
function bigrams(text: string): string[] {
  const t = normalize(text);
  const out: string[] = [];
  for (const [run] of t.matchAll(/[\u4e00-\u9fff]+/g)) for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  for (const [w] of t.matchAll(/[a-z0-9.]+/g)) out.push(w);
  return out;
}

/**
 * The baseline a fact bot must beat: a BM25 search (MiniSearch) over the
 * article's sentences, against the core answering the same batch of questions.
 */
export function benchAgainstBm25(batch = 3540): BenchRow[] {
  const core: Core = createCore(loadDataset(DEFAULT_DATA_DIR));
  const text = readFileSync(join(DEFAULT_DATA_DIR, 'sources', '000_05ab9e2092abd6e3.txt'), 'utf8').replace(/\r?\n/g, '');
  const sentences = text.split(/[。；！？]/).filter((s) => s.trim().length > 0).map((s, id) => ({ id, s }));
  const search = new MiniSearch({ fields: ['s'], tokenize: bigrams, searchOptions: { tokenize: bigrams } });
  search.addAll(sentences);
  const qs = questions();
  const asked = Array.from({ length: batch }, (_, i) => qs[i % qs.length]!.q);
  for (const q of asked.slice(0, 200)) { core.answer(q); search.search(q); } // warm-up
  const t0 = process.hrtime.bigint();
  for (const q of asked) core.answer(q);
  const coreMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const t1 = process.hrtime.bigint();
  for (const q of asked) search.search(q);
  const bm25Ms = Number(process.hrtime.bigint() - t1) / 1e6;
  return [
    { measure: `${batch} batch questions: core`, value: `${coreMs.toFixed(0)} ms`, target: `≤ ${(bm25Ms / 5).toFixed(0)} ms (a fifth of BM25)` },
    { measure: `${batch} batch questions: BM25 over ${sentences.length} sentences (MiniSearch)`, value: `${bm25Ms.toFixed(0)} ms`, target: '' },
  ];
}

/** Starts the bundled `ask` (what `npm run ask` runs after its build check) and times it to the first answer. */
export function benchFirstAnswer(runs = 5): BenchRow[] {
  spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT });
  spawnSync(process.execPath, ['dist/ask.mjs', '你好'], { cwd: ROOT }); // fills the validated-data cache, as any earlier start has
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const out = spawnSync(process.execPath, ['dist/ask.mjs', '汉口银行服务了多少家科技企业？'], { cwd: ROOT, encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (!out.stdout.includes('9500')) throw new Error(`the first answer was wrong: ${out.stdout}${out.stderr}`);
  }
  times.sort((a, b) => a - b);
  return [{ measure: `process start to first answer (median of ${runs})`, value: `${percentile(times, 50).toFixed(0)} ms`, target: '≤ 300 ms' }];
}

/** Peak resident memory of this process so far. */
export function peakMemory(label: string): BenchRow {
  return { measure: `peak memory (${label})`, value: `${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MiB`, target: '' };
}
