/**
 * Which one of a kind has the most ("哪家银行服务的科技企业最多", "which fund is the largest"):
 * no organisation named, a ranking or comparison word, a topic. The figures of that topic, one per
 * organisation (of the kind named, when a kind is named), ranked. Fewer than two: not this intent.
 */
import { comparableClass, composeCompare } from '../compose.js';
import type { Fact } from '../data/dataset.js';
import type { Scored } from '../search.js';
import { hasPronoun } from '../query.js';
import { termIdsIn } from '../lexicon.js';
import { kindsNamed, reply, saysAny, type Intent } from './intent.js';

export const superlative: Intent = {
  name: 'superlative',
  handle(c) {
    const { turn, k } = c;
    const a = turn.analysis;
    if (!(a.intents.has('rank') || a.intents.has('compare')) || turn.query.entities.length > 0 || turn.stated.length > 0) return null;
    // "两者相比哪家多", "which of them": the figures are those just answered, not every one of a kind.
    if (hasPronoun(a, k.data.cues) || saysAny(a.text, k.data.cues.several)) return null;
    const { kinds, words } = kindsNamed(c);
    // The kind words say whose figures, not which figure: the topic is the rest.
    const kindTerms = new Set(termIdsIn(k.lexicon, [...words].join(',')));
    const terms = turn.query.terms.filter((t) => !kindTerms.has(t));
    if (terms.length === 0) return null;
    // The kind word is a topic word of some figures (基金 of a fund's size), not of others (银行 of a bank's firms).
    const without = { ...turn.query, terms, termGroups: turn.query.termGroups.filter((g) => !g.every((t) => kindTerms.has(t))) };
    const ranked = [k.index.rank(turn.query), k.index.rank(without)].sort((x, y) => (y[0]?.score ?? 0) - (x[0]?.score ?? 0))[0]!;
    const top = ranked[0];
    if (!top || top.score < k.policy.notFoundBelow) return null;
    const ownerOf = (f: Fact) => f.subject ?? f.org;
    // Each organisation's figure that the question pins best (its own metric words asked, none left over).
    const best = new Map<string, Scored>();
    for (const s of ranked) {
      const owner = ownerOf(s.fact);
      const kind = k.data.orgs.get(owner)?.kind ?? '';
      if (s.precision < 0.6 || s.score < top.score * 0.3 || comparableClass(s.fact) !== comparableClass(top.fact)) continue;
      if (kinds.size > 0 && !kinds.has(kind)) continue;
      if ((best.get(owner)?.recall ?? -1) < s.recall) best.set(owner, s);
    }
    const facts = [...best.values()].sort((x, y) => y.score - x.score).slice(0, 6).map((s) => s.fact);
    return facts.length >= 2 ? reply(c, composeCompare(c.compose, facts), facts) : null;
  },
};
