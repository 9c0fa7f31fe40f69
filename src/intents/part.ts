/**
 * A part of a whole the article gives only in total ("和其中一家银行合作的那支基金规模多少", when the
 * article gives the three funds' size together): the total is no answer for one of its parts. The
 * parts are the items of a list about the same thing; the question names some of them, not all.
 */
import { composeNotFound } from '../compose.js';
import type { Fact } from '../data/dataset.js';
import { messages } from '../messages.js';
import { orgName } from '../cite.js';
import { baseOf } from './check.js';
import { factsOf, lookup, reply, saysAny, type Intent, type IntentContext } from './intent.js';

/** The items of the list about the figure's thing that the question names, when it names some and not all. */
function partsNamed(c: IntentContext, fact: Fact): string[] {
  if (fact.subject === undefined) return [];
  const { text } = c.turn.analysis;
  for (const list of c.k.data.facts) {
    if (list.subject !== fact.subject || list.items.length < 2) continue;
    // "君联资本这些机构" names one for them all.
    const standsForAll = (item: string) => c.k.data.cues.for_all_after.some((w) => text.includes(item + w));
    const named = list.items.filter((item) => item.length >= 2 && text.includes(item));
    if (named.some(standsForAll)) return [];
    if (named.length > 0 && named.length < list.items.length) return named;
  }
  return [];
}

export const part: Intent = {
  name: 'part',
  handle(c) {
    // "那三支基金" counts the whole: its total answers it.
    if (saysAny(c.turn.analysis.text, c.k.data.cues.several)) return null;
    const resolved = lookup(c);
    const facts = factsOf(c, resolved);
    const fact = facts.length === 1 || resolved.answer.kind === 'lookup' ? facts[0] : undefined;
    if (!fact || baseOf(fact) === null) return null;
    const named = partsNamed(c, fact);
    if (named.length === 0) return null;
    const m = messages(c.turn.lang);
    const whole = orgName(c.k.data, fact.subject!, c.turn.lang);
    return reply(c, composeNotFound(c.compose, '', [fact], m.onlyWholeOf(whole, fact.figure ?? '', named.join(c.turn.lang === 'en' ? ', ' : '、'))), [fact]);
  },
};
