/**
 * What a named thing is: the article's own explanation of a coined term,
 * slogan or formula (definitions.yaml), or an organisation's full name.
 */
import { orgName } from '../cite.js';
import { build, type ComposeContext } from '../compose.js';
import type { CitedFact } from '../types.js';
import type { Definition } from '../data/schema.js';
import { messages } from '../messages.js';
import { hasCue, lookup, reply, saysAny, type Intent, type IntentContext } from './intent.js';
import { asksOwner } from './owner.js';

/** Ways of asking that want a figure, not an explanation. */
const FIGURE_ASKS = ['count', 'money', 'percent', 'date', 'duration'] as const;

function asksFigure(c: IntentContext): boolean {
  return FIGURE_ASKS.some((k) => c.turn.analysis.asks.has(k));
}

/** True when the question names topic words or unknown words outside the names: it asks about an attribute, not the thing. */
function asksMore(c: IntentContext): boolean {
  const { analysis } = c.turn;
  const names = [...c.k.lexicon.definitions.scan(analysis.text), ...analysis.scan.topics.filter((m) => m.concepts.some((k) => k.kind === 'entity'))];
  const inside = (m: { start: number; end: number }) => names.some((n) => m.start >= n.start && m.end <= n.end);
  // The kind of the thing named ("汉融通是个什么平台") asks nothing more about it.
  const kinds = c.turn.query.entities.flatMap((e) => c.k.data.cues.kind_words[c.k.data.orgs.get(e)?.kind ?? ''] ?? []);
  return analysis.terms.some((t) => !inside(t) && !kinds.includes(t.id)) || analysis.residue.some((r) => !inside(r));
}

/** The definitions named, those of a named organisation first. */
function namedDefinitions(c: IntentContext): Definition[] {
  const { definitions } = c.k.data;
  const named = c.turn.definitions.map((id) => definitions.find((d) => d.id === id)).filter((d): d is Definition => d !== undefined);
  const entities = c.turn.query.entities.filter((e) => !c.k.data.orgs.get(e)?.ambient);
  const own = named.filter((d) => d.org !== undefined && entities.includes(d.org));
  if (own.length > 0 || entities.length === 0) return own.length > 0 ? own : named;
  // A named organisation that the definition is not about: "X的2+X" when 2+X is another's.
  const related = (d: Definition) => d.org !== undefined && entities.some((e) => c.k.index.isWithin(e, d.org!) || c.k.index.isWithin(d.org!, e));
  return named.filter(related);
}

/** "X的全称", "X是什么的简称": the organisation's full name, when the data has one. */
function fullName(c: IntentContext): ReturnType<Intent['handle']> {
  const { k, turn } = c;
  const entity = turn.query.entities.find((e) => k.data.orgs.get(e)?.full_zh);
  const org = entity ? k.data.orgs.get(entity) : undefined;
  if (!org?.full_zh) return null;
  const evidence = k.data.definitions.find((d) => d.org === org.id && d.quote.includes(org.full_zh!));
  const headline = messages(turn.lang).fullName(orgName(k.data, org.id, turn.lang), org.full_zh, org.en);
  return reply(c, composeDefinition(c.compose, headline, evidence ? [evidence] : []));
}

export const define: Intent = {
  name: 'define',
  handle(c) {
    const { turn } = c;
    if (hasCue(turn, 'fullname')) {
      const named = fullName(c);
      if (named) return named;
    }
    // "What are the four chains in …" reads as a list: of a named thing that lists its parts, its definition.
    const named = namedDefinitions(c);
    // Figures listed for it ("武汉拿过哪些国字号试点": each pilot with its year) answer better.
    const listsParts = hasCue(turn, 'list') && !asksOwner(c) && named.some((d) => d.items.length > 0) && lookup(c).answer.kind !== 'list';
    if (!hasCue(turn, 'define') && !hasCue(turn, 'fullname') && !listsParts) return null;
    if (asksFigure(c) || turn.stated.length > 0) return null;
    const found = listsParts ? named.filter((d) => d.items.length > 0) : named;
    const first = found[0];
    if (!first) return null;
    const headline = turn.lang === 'en' ? first.en : first.zh;
    // Asked what it is made of, when the article lists nothing: the explanation, as not found.
    if (first.items.length === 0 && asksMadeOf(c)) return reply(c, composeUnlisted(c.compose, headline, first));
    if (asksMore(c)) return null;
    return reply(c, composeDefinition(c.compose, headline, found.slice(0, 3)));
  },
};

/** True when the question asks what a thing is made of ("具体是哪些产业", "what does it consist of"). */
function asksMadeOf(c: IntentContext): boolean {
  const { zh, en } = c.k.data.cues.made_of;
  return saysAny(c.turn.analysis.text, [...zh, ...en]);
}

/** A definition as an answer cites it: its explanation and the article's words. */
export function citeDefinition(ctx: ComposeContext, d: Definition): CitedFact {
  const lang = ctx.lang;
  const org = d.org ? orgName(ctx.data, d.org, lang) : (lang === 'en' ? d.names_en[0] ?? d.names_zh[0]! : d.names_zh[0]!);
  const text = lang === 'en' ? d.en : d.zh;
  const section = ctx.data.sections.find((s) => ctx.data.facts.some((f) => f.section === s.id && f.quote === d.quote));
  return {
    id: `definition.${d.id}`, org, subject: null, metric: messages(lang).definition, figure: null, figureEn: null, value: null, unit: null,
    qualifier: [], asOf: null, text, quote: d.quote, section: section ? section[lang] : messages(lang).theArticle, scope: null,
    sentence: `${d.names_zh[0]}：${text}`,
  };
}

function composeDefinition(ctx: ComposeContext, headline: string, found: readonly Definition[]) {
  return build(ctx, { status: 'answered', kind: 'define', headline, facts: found.map((d) => citeDefinition(ctx, d)) });
}

/** A thing the article names but never spells out: what it says of it, as not found. */
function composeUnlisted(ctx: ComposeContext, explanation: string, d: Definition) {
  const headline = `${messages(ctx.lang).notSpelledOut}\n${explanation}`;
  return build(ctx, { status: 'not_found', kind: 'not_found', headline, facts: [citeDefinition(ctx, d)] });
}
