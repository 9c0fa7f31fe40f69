/**
 * Whose a named thing is ("鄂质贷是哪家银行的产品", "赛维尔是哪家银行支持的",
 * "which bank launched the Talent Loan?"): a product, fund or client firm the
 * article names only as some organisation's, answered with that owner and the
 * thing's main figure as evidence. Only when the plain lookup finds nothing:
 * a fact that answers the words (a partner, a date) comes first.
 */
import { build } from '../compose.js';
import { cite, orgName } from '../cite.js';
import type { Fact } from '../data/dataset.js';
import { messages } from '../messages.js';
import { ownFacts } from '../browse.js';
import { citeDefinition } from './define.js';
import { kindsNamed, lookup, reply, saysWord, type Intent, type IntentContext } from './intent.js';

/** True when the question asks which organisation (哪家银行, which bank), outside any name. */
export function asksOwner(c: IntentContext): boolean {
  const { text } = c.turn.analysis;
  const words = c.k.data.cues.owner_asks[c.turn.lang];
  return words.some((w) => text.includes(w));
}

/** The organisation every fact about the thing belongs to, if one. */
function ownerOf(facts: readonly Fact[], thing: string): string | null {
  const owners = new Set(facts.filter((f) => f.subject === thing).map((f) => f.org));
  return owners.size === 1 ? [...owners][0]! : null;
}

/**
 * True when the owner is of the kind the question asks for: "which bank" is not answered with the
 * city (the owner of every zone and event), nor with a fund.
 */
function ofKindAsked(c: IntentContext, org: string): boolean {
  const o = c.k.data.orgs.get(org);
  if (!o || o.ambient) return false;
  const { kinds } = kindsNamed(c);
  // 机构 and company name any organisation: a bank is an institution too.
  return kinds.size === 0 || kinds.has(o.kind) || kinds.has('company');
}

/**
 * "Which bank launched the Talent Loan?": a thing the article describes only in a passage of its own
 * (a definition with an owner), no organisation named beside it.
 */
function ownerByDefinition(c: IntentContext): ReturnType<Intent['handle']> {
  const { turn, k } = c;
  if (turn.analysis.entities.some((e) => !k.data.orgs.get(e.id)?.ambient)) return null;
  const found = turn.definitions.map((id) => k.data.definitions.find((d) => d.id === id)).filter((d) => d?.org !== undefined);
  const d = found.length === 1 ? found[0]! : null;
  if (!d || !ofKindAsked(c, d.org!)) return null;
  // The thing as the question names it (the passage may name several: 人才贷, 武汉人才卡).
  const names = turn.lang === 'en' ? [...d.names_en, ...d.names_zh] : d.names_zh;
  const thing = names.find((n) => saysWord(turn.analysis.text, n)) ?? names[0]!;
  const headline = messages(turn.lang).ownerIs(thing, orgName(k.data, d.org!, turn.lang));
  return reply(c, build(c.compose, { status: 'answered', kind: 'lookup', headline, facts: [citeDefinition(c.compose, d)] }));
}

export const owner: Intent = {
  name: 'owner',
  handle(c) {
    const { turn, k } = c;
    const named = turn.query.entities;
    if (asksOwner(c) && named.every((e) => k.data.orgs.get(e)?.ambient)) {
      const byDefinition = ownerByDefinition(c);
      if (byDefinition) return byDefinition;
    }
    if (named.length !== 1 || !asksOwner(c)) return null;
    const thing = named[0]!;
    const facts = ownFacts(k, thing);
    const org = ownerOf(facts, thing);
    if (!org || org === thing || !ofKindAsked(c, org) || lookup(c).answer.status === 'answered') return null;
    // The evidence shows the owner at work: a quote naming it, when one does.
    const about = facts.filter((f) => f.subject === thing);
    const o = k.data.orgs.get(org)!;
    const names = [o.zh, ...o.aliases_zh];
    const evidence = about.find((f) => names.some((n) => f.quote.includes(n))) ?? about[0]!;
    const m = messages(turn.lang);
    const headline = m.ownerIs(orgName(k.data, thing, turn.lang), orgName(k.data, org, turn.lang));
    return reply(c, build(c.compose, { status: 'answered', kind: 'lookup', headline, facts: [cite(k.data, evidence, turn.lang)] }), [evidence]);
  },
};
