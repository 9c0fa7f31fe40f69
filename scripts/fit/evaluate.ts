/**
 * Answers probes with a core built for one policy and counts the outcomes
 * with the product's costs: a wrong answer costs five abstentions.
 */
import type { Answer, Core } from '../../src/index.js';
import type { Probe } from './negatives.js';

export const WRONG_COST = 5;

export interface Tally {
  correct: number;
  wrong: number;
  abstained: number;
  cost: number;
}

/** Whether an answer to a probe is right, wrong, or an abstention. */
export function judge(probe: Probe, answer: Answer): 'correct' | 'wrong' | 'abstained' {
  const shown = answer.status === 'clarify' ? answer.choices.flatMap((c) => c.factIds) : answer.facts.map((f) => f.id);
  if (probe.fact === null) return answer.status === 'answered' ? 'wrong' : 'correct';
  if (answer.status === 'answered') return shown.includes(probe.fact) ? 'correct' : 'wrong';
  if (answer.status === 'clarify' && answer.choices.length <= 4 && shown.includes(probe.fact)) return 'correct';
  return 'abstained';
}

/** Answers each probe with its own bank question left out of the bank. */
export function evaluate(core: Core, probes: readonly Probe[]): Tally {
  const tally: Tally = { correct: 0, wrong: 0, abstained: 0, cost: 0 };
  const index = core.knowledge.index;
  for (const probe of probes) {
    index.excludedBankQuestion = probe.source;
    const state = probe.before === undefined ? {} : core.answer(probe.before).state;
    tally[judge(probe, core.answer(probe.text, state).answer)]++;
  }
  index.excludedBankQuestion = null;
  tally.cost = tally.abstained + WRONG_COST * tally.wrong;
  return tally;
}
