/**
 * Comparisons of the figures a question's parts found: like with like (a rate
 * with a rate), never a fact with itself, never a side that lacks the topic
 * compared by; a comparison naming nobody compares the last answers.
 */
import type { Fact } from './data/dataset.js';
import type { Knowledge } from './knowledge.js';
import { explainsAll, type Outcome } from './decide.js';
import type { Query } from './search.js';
import { specificAsks } from './fit.js';
import { comparableClass, composeCompare, composeNotFound, type ComposeContext } from './compose.js';
import { ownersNamed } from './cite.js';
import { messages } from './messages.js';
import type { Answer, ChatState } from './types.js';


/**
 * Two or more figures ranked. A comparison naming nobody ("两者相比哪个多？")
 * compares the last answers; one naming a single thing compares it with the last answer.
 */
export function compare(ctx: ComposeContext, k: Knowledge, q: Query, subs: readonly Query[], outcomes: Outcome[], state: ChatState): Answer | null {
  // Figures of the question's own parts (organisations, or topics joined by 、); a fact is never compared with itself.
  const own = q.entities.length > 0 || outcomes.length > 1;
  const picked = outcomes.flatMap((o) => (o.kind === 'fact' ? [o.best.fact] : o.kind === 'ambiguous' ? [o.candidates[0]!.fact] : []));
  const facts = !own ? [] : [...new Set(picked.length === subs.length ? likeWithLike(k, q, subs, picked) : picked)];
  const lacking = lackingTopic(k, q, subs, facts);
  if (lacking.length > 0) {
    const kept = facts.filter((f) => !lacking.includes(f));
    return composeNotFound(ctx, ownersNamed(k.data, kept, ctx.lang), kept, messages(ctx.lang).cannotCompare(ownersNamed(k.data, lacking, ctx.lang)));
  }
  for (const id of state.recent ?? []) {
    const fact = k.data.factById.get(id);
    if (facts.length >= 2) break;
    if (fact && !facts.includes(fact)) facts.push(fact);
  }
  return facts.length >= 2 ? composeCompare(ctx, facts) : null;
}

/**
 * The parts of a comparison in one kind of figure: when the parts' best figures are of
 * different kinds (a growth rate against a balance), a part not of the kind the question asks
 * (else the kind most parts have) takes its owner's best-ranked figure of that kind, when it has one.
 */
function likeWithLike(k: Knowledge, q: Query, subs: readonly Query[], facts: readonly Fact[]): Fact[] {
  const classes = new Set(facts.map(comparableClass));
  if (classes.size === 1) return [...facts];
  // A rate asked beside an amount ("规模增速") asks for the rate: the amount names what grew.
  const specific = specificAsks(q);
  const asked = (['percent', 'count', 'money'] as const).find((a) => specific.includes(a));
  // Else the kind most parts have (three counts and a date rank as counts), the first part's between equals.
  const counts = new Map<string, number>();
  for (const f of facts) counts.set(comparableClass(f), (counts.get(comparableClass(f)) ?? 0) + 1);
  const most = [...counts].reduce((best, c) => (c[1] > best[1] ? c : best), [comparableClass(facts[0]!), counts.get(comparableClass(facts[0]!))!] as [string, number]);
  const target = asked ?? most[0];
  return facts.map((fact, i) => {
    if (comparableClass(fact) === target) return fact;
    const ranked = k.index.rank(subs[i]!);
    // A figure in place of another explains the part's words as well as it does ("增速" by a rate), never
    // dropping a word the part says ("担保规模" is no count of firms); a text is no figure to keep.
    const own = comparableClass(fact) === 'text' ? 0 : ranked.find((s) => s.fact === fact)?.precision ?? 0;
    const alike = ranked.slice(0, 8).find((s) => comparableClass(s.fact) === target && s.precision >= own
      && explainsAll(k.index, subs[i]!, s.fact) && (s.fact.subject ?? s.fact.org) === (fact.subject ?? fact.org));
    return alike?.fact ?? fact;
  });
}

/**
 * The sides of a comparison whose figure has none of the topic the question compares by (said of
 * every side, not in one side's own clause), when
 * another side's has it: "哪个基金规模更大" is not answered by one fund's size against another's
 * investments made. The theme's words (科技, 企业) compare nothing.
 */
function lackingTopic(k: Knowledge, q: Query, subs: readonly Query[], facts: readonly Fact[]): Fact[] {
  // A word of a compared thing's own name ("成果" of the CAS 成果转化 fund, said in English) is no topic.
  const names = q.entities.flatMap((e) => { const o = k.data.orgs.get(e); return o ? [o.zh, o.full_zh ?? '', ...o.aliases_zh] : []; });
  // The topic every part shares: a part may ask its own ("the fund's size, or what the other has invested").
  const ownToOne = (t: string) => subs.some((s) => s.terms.includes(t)) && !subs.every((s) => s.terms.includes(t));
  const shared = q.terms.filter((t) => !ownToOne(t));
  const topic = shared.filter((t) => !k.data.cues.theme.includes(t) && !q.nameTerms.includes(t) && !names.some((n) => n.includes(t)));
  if (topic.length === 0 || facts.length < 2) return [];
  const implied = k.data.cues.compared_as;
  const lacking = facts.filter((f) => !topic.some((t) => [t, ...(implied[t] ?? [])].some((x) => k.index.hasTerm(f, x))));
  return lacking.length < facts.length ? lacking : [];
}

