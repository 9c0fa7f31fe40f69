/**
 * Real users' questions for the fit, beside the bank probes: the evaluation
 * sets already used as dev sets (their failures were read), scored the way
 * ../shared/eval/score.mjs scores them. A set kept sealed for an honest figure must not be listed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Answer, ChatState, Core } from '../../src/index.js';
import { WRONG_COST, type Tally } from './evaluate.js';

/** One question of a set: a chat's turns come in order. */
export interface DevQuestion {
  q: string;
  chat?: string;
  answerable: boolean;
  must_contain: string[];
}

/** The dev sets, relative to the project root (those absent on this machine are skipped). */
export const DEV_SETS = [
  '../shared/eval/dev.jsonl', '../shared/eval/dev-followups.jsonl',
  ...['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r'].flatMap((s) => [`tests/eval/fresh/set-${s}.jsonl`, `tests/eval/fresh/set-${s}-followups.jsonl`]),
];

export function loadDevSets(root: string): DevQuestion[] {
  return DEV_SETS.map((f) => join(root, f)).filter((f) => existsSync(f))
    .flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as DevQuestion));
}

// As score.mjs: no white space, no thousands separators; a number stands on its own; "a|b" accepts either.
const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '').replace(/(\d)[,，](?=\d{3})/g, '$1');
function holds(text: string, wanted: string): boolean {
  return wanted.split('|').some((alt) => {
    const m = norm(alt);
    const esc = m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp((/^\d/.test(m) ? '(?<![\\d.])' : '') + esc + (/\d$/.test(m) ? '(?!\\d|\\.\\d)' : '')).test(text);
  });
}

function judge(q: DevQuestion, answer: Answer): keyof Omit<Tally, 'cost'> {
  if (!q.answerable) return answer.status === 'answered' ? 'wrong' : 'correct';
  const text = norm(answer.text);
  const choices = (answer.text.match(/^\s*\d{1,2}\s*[.、)](?!\d)/gm) ?? []).length;
  const has = q.must_contain.every((m) => holds(text, m));
  if ((answer.status === 'answered' || (answer.status === 'clarify' && choices <= 4)) && has) return 'correct';
  return answer.status === 'answered' ? 'wrong' : 'abstained';
}

/** Answers the dev questions (each chat's turns in context) and counts the outcomes. */
export function evaluateDev(core: Core, questions: readonly DevQuestion[]): Tally {
  const tally: Tally = { correct: 0, wrong: 0, abstained: 0, cost: 0 };
  const chats = new Map<string, ChatState>();
  for (const q of questions) {
    const reply = core.answer(q.q, q.chat ? chats.get(q.chat) ?? {} : {});
    if (q.chat) chats.set(q.chat, reply.state);
    tally[judge(q, reply.answer)]++;
  }
  tally.cost = tally.abstained + WRONG_COST * tally.wrong;
  return tally;
}
