/**
 * A figure the question itself states, asked about in more detail ("那10家里科创板有几家",
 * "how many of the 94 stations are in Hongshan", "names of the 11 products", "the combined size
 * of those 58 funds"): when the best the article has is that very figure, it gives no breakdown,
 * and the figure the user already knows is no answer. Said so, with the figure shown.
 * A check ("…是9500家吗"), a reverse look-up ("3854户是什么") and arithmetic are not this.
 */
import { comparableClass, composeNotFound } from '../compose.js';
import type { StatedFigure } from '../stated.js';
import type { Fact } from '../data/dataset.js';
import type { IntentCue } from '../data/schema.js';
import { messages } from '../messages.js';
import { queryOf } from '../query.js';
import { factsOf, hasCue, lookup, reply, without, type Intent, type IntentContext } from './intent.js';
import { asksOwner } from './owner.js';
import { states } from './reverse.js';

/** Cues under which a stated figure is the question's data or claim, not what it asks about. */
const FIGURE_IS_DATA: readonly IntentCue[] = ['check', 'compare', 'rank', 'difference', 'reverse', 'define'];

function restatedFact(c: IntentContext): Fact | undefined {
  const { turn } = c;
  if (turn.stated.length === 0 || asksOwner(c)) return undefined;
  // "…都叫什么名字，能列一下吗": a list asked, though 吗 also reads as a check; "哪家…最大" of the 5 banks
  // named by their count asks which member, though 最大 also reads as a ranking.
  const asksWhich = turn.analysis.scan.cues.some((m) => m.concepts.some((x) => x.kind === 'ask' && x.id === 'text'));
  const whichMember = turn.stated.length === 1 && asksWhich && (hasCue(turn, 'rank') || hasCue(turn, 'compare'));
  if (FIGURE_IS_DATA.some((cue) => hasCue(turn, cue)) && !hasCue(turn, 'list') && !whichMember) return undefined;
  // Two figures to add are data; "the combined size of those 58 funds" asks about one.
  if (hasCue(turn, 'sum') && turn.stated.length > 1) return undefined;
  // A count written with its unit or of ten and more: "three banks" describes, "58 funds" counts.
  const counts = turn.stated.filter((s) => s.unit !== null || Number(s.value) >= 10);
  // The best figure for the question as a whole without its figures ("alongside the 57 stations, how many
  // first-loan stations" is about the other one), when the lookup answers with it too.
  const plain = without(turn.analysis, [], true);
  const best = c.k.index.rank(queryOf(plain, c.k.data))[0]?.fact;
  const found = factsOf(c, lookup(c, plain));
  if (best && found.includes(best) && counts.some((s) => states(best, s, c.k.data.cues))) return best;
  // "那2800亿信贷资金里，投给专精特新企业的有多少": a part of the stated figure is asked; unless a figure of
  // its kind is found beside it (the 20 of "25家中资银行里"), the article gives none.
  const part = counts.find((s) => partOf(c, s));
  const whole = part ? found.find((f) => states(f, part, c.k.data.cues)) : undefined;
  const given = whole && found.some((f) => f !== whole && comparableClass(f) === comparableClass(whole));
  return whole && !given ? whole : undefined;
}

/** True when a word for "within" ends the stated figure's phrase ("2800亿信贷资金里，"). */
function partOf(c: IntentContext, stated: StatedFigure): boolean {
  const { text } = c.turn.analysis;
  const from = stated.start + stated.value.length;
  const phrase = text.slice(from, from + 12).split(/[,，。?？;；\s]/)[0] ?? '';
  return c.k.data.cues.within.some((w) => phrase.endsWith(w));
}

export const breakdown: Intent = {
  name: 'breakdown',
  handle(c) {
    const fact = restatedFact(c);
    if (!fact) return null;
    const m = messages(c.turn.lang);
    return reply(c, composeNotFound(c.compose, '', [fact], m.onlyTotal(fact.figure ?? String(fact.value))), [fact]);
  },
};
