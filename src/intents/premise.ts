/**
 * A question resting on something the article does not have: another place,
 * an organisation it never names, an attribute it never states. The reply
 * says precisely what is missing and what the article does give instead.
 */
import { orgName } from '../cite.js';
import { composeNotFound } from '../compose.js';
import type { Fact } from '../data/dataset.js';
import { messages } from '../messages.js';
import { factsOf, lookup, reply, type Intent, type IntentContext } from './intent.js';

/** The figures the article gives for the rest of the question. */
function insteadFacts(c: IntentContext): Fact[] {
  const resolved = lookup(c);
  const { answer } = resolved;
  if (answer.status === 'answered') return factsOf(c, resolved).slice(0, 3);
  const ids = [...answer.choices, ...answer.suggestions].flatMap((s) => s.factIds);
  return ids.map((id) => c.k.data.factById.get(id)).filter((f): f is Fact => f !== undefined).slice(0, 3);
}

export const premise: Intent = {
  name: 'premise',
  handle(c) {
    const { turn, k } = c;
    // An organisation the article names in passing (三大国有银行) is no wrong premise; a place is, wherever the article names it.
    const named = [...turn.places, ...turn.unknownOrgs.filter((n) => !k.index.articleHas(n))];
    if (named.length === 0 && turn.absent.length === 0) return null;
    const m = messages(turn.lang);
    const sep = turn.lang === 'en' ? ', ' : '、';
    const who = turn.query.entities.filter((e) => !k.data.orgs.get(e)?.ambient).map((e) => orgName(k.data, e, turn.lang)).join(sep);
    const headline = named.length > 0 ? m.noPlace(named.join(sep)) : m.noAttribute(who, turn.absent.join(sep));
    const instead = insteadFacts(c);
    const about = named.length > 0 ? m.articlePlace : who;
    return reply(c, composeNotFound(c.compose, about, instead, headline), []);
  },
};
