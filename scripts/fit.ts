/**
 * `npm run fit`: fits the core's decision policy (thresholds and the weight
 * of the question bank) on the question bank and the unanswerable probes made
 * from it, with a wrong answer costing five abstentions. Facts are split into
 * five folds: each fold is scored with the policy fitted on the other four
 * (the cross-validated cost printed), then the policy fitted on all facts is
 * written to data/policy.json. Deterministic: the same data gives the same policy.
 *
 * The bank probes are made from the data, so they miss how real users ask; the
 * dev sets (real questions already read, see fit/dev-sets.ts) count beside
 * them with the same costs. A set kept sealed for an honest figure must not be among them.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCore, DEFAULT_DATA_DIR, loadDataset, type Dataset } from '../src/index.js';
import { DEFAULT_POLICY, type Policy } from '../src/policy.js';
import { evaluate, type Tally } from './fit/evaluate.js';
import { probesOf, type Probe } from './fit/negatives.js';
import { evaluateDev, loadDevSets, type DevQuestion } from './fit/dev-sets.js';

const GRID: Partial<Record<keyof Policy, number[]>> = {
  notFoundBelow: [0.38, 0.44, 0.5],
  followupNotFoundBelow: [0.3, 0.38, 0.46],
  clauseNotFoundBelow: [0.26, 0.32, 0.38],
  bankWeight: [0, 0.3, 0.6],
  bankFloor: [0.2, 0.3],
};

function* policies(): Generator<Policy> {
  const keys = Object.keys(GRID) as (keyof Policy)[];
  const walk = function* (i: number, p: Policy): Generator<Policy> {
    if (i === keys.length) return yield p;
    for (const v of GRID[keys[i]!]!) yield* walk(i + 1, { ...p, [keys[i]!]: v });
  };
  yield* walk(0, DEFAULT_POLICY);
}

const FOLDS = 5;
const foldOf = (fact: string) => [...fact].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % FOLDS;

function scoreAll(data: Dataset, probes: readonly Probe[], dev: readonly DevQuestion[]): { policy: Policy; byFold: Tally[]; dev: Tally }[] {
  const results = [];
  for (const policy of policies()) {
    const core = createCore(data, policy);
    const byFold = Array.from({ length: FOLDS }, (_, f) => evaluate(core, probes.filter((p) => foldOf(data.bank[p.source]![0]) === f)));
    results.push({ policy, byFold, dev: evaluateDev(core, dev) });
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  return results;
}

const sum = (ts: readonly Tally[]): Tally => ts.reduce((a, t) => ({ correct: a.correct + t.correct, wrong: a.wrong + t.wrong, abstained: a.abstained + t.abstained, cost: a.cost + t.cost }), { correct: 0, wrong: 0, abstained: 0, cost: 0 });
const line = (t: Tally) => `${t.correct} correct, ${t.wrong} wrong, ${t.abstained} abstained, cost ${t.cost}`;

const data = loadDataset(process.env.FIGURES_DATA_DIR ?? DEFAULT_DATA_DIR);
const probes = probesOf(data);
console.log(`${probes.length} probes (${probes.filter((p) => p.fact !== null).length} bank questions, ${probes.filter((p) => p.fact === null).length} unanswerable)`);
const dev = loadDevSets(join(DEFAULT_DATA_DIR, '..'));
console.log(`${dev.length} dev-set questions`);
const results = scoreAll(data, probes, dev);
/** The objective: the probes' cost (of the given folds) plus the dev sets' cost. */
const costOf = (r: (typeof results)[number], folds: readonly Tally[]) => sum(folds).cost + r.dev.cost;
const held = Array.from({ length: FOLDS }, (_, f) => {
  const best = results.reduce((a, r) => (costOf(r, r.byFold.filter((_, i) => i !== f)) < costOf(a, a.byFold.filter((_, i) => i !== f)) ? r : a));
  return best.byFold[f]!;
});
console.log(`cross-validated by fact: ${line(sum(held))}`);
const best = results.reduce((a, r) => (costOf(r, r.byFold) < costOf(a, a.byFold) ? r : a));
const before = results.find((r) => Object.entries(GRID).every(([k, vs]) => vs!.includes(DEFAULT_POLICY[k as keyof Policy]) && r.policy[k as keyof Policy] === DEFAULT_POLICY[k as keyof Policy]));
if (before) console.log(`defaults:                ${line(sum(before.byFold))}; dev sets ${line(before.dev)}`);
console.log(`fitted on all facts:     ${line(sum(best.byFold))}; dev sets ${line(best.dev)}`);
const out = join(process.env.FIGURES_DATA_DIR ?? DEFAULT_DATA_DIR, 'policy.json');
writeFileSync(out, `${JSON.stringify(best.policy, null, 2)}\n`);
console.log(`wrote ${out}`);
