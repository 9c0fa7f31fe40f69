/**
 * A question resting on something the article does not have: another place,
 * an organisation it never names, an attribute it never states. The reply
 * says precisely what is missing and what the article does give instead.
 */
import { orgName } from '../cite.js';
import { composeNotFound } from '../compose.js';
import type { Dataset, Fact } from '../data/dataset.js';
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

const FIGURE_ASKS = ['count', 'money', 'percent', 'number', 'duration'] as const;

function namesOf(org: { zh: string; aliases_zh: string[]; full_zh?: string } | undefined): string[] {
  return org ? [org.zh, ...org.aliases_zh, ...(org.full_zh ? [org.full_zh] : [])] : [];
}

/**
 * The definitions naming things the article describes but never puts a figure to: no figure's
 * quote, text or owner names them, and no figure is quoted inside their passage (2+X's 247.69亿元).
 * They depend on the data alone, so they are found once per dataset.
 */
function unquantifiedDefinitions(data: Dataset): ReadonlySet<string> {
  const known = UNQUANTIFIED.get(data);
  if (known) return known;
  const figures = data.facts.filter((f) => f.figure !== null && f.figureClass !== 'date');
  const texts = figures.map((f) => [f.quote, f.text ?? '', ...f.also, ...f.items].join('\n'));
  const owners = new Set(figures.flatMap((f) => [f.org, f.subject].flatMap((o) => (o === undefined ? [] : namesOf(data.orgs.get(o))))));
  const said = (name: string) => owners.has(name) || texts.some((t) => t.includes(name));
  // An organisation's own name is the structured match's to judge (its figures may be its members'),
  // unless it owns no figure at all (a product named in passing).
  const owning = new Set(data.facts.flatMap((f) => [f.org, f.subject]).flatMap((o) => (o === undefined ? [] : ancestry(data, o))));
  const orgNames = new Set([...data.orgs.values()].filter((o) => owning.has(o.id)).flatMap((o) => namesOf(o)));
  const ids = data.definitions
    .filter((d) => !d.names_zh.some((n) => orgNames.has(n)) && !d.names_zh.some(said))
    .filter((d) => !figures.some((f) => d.quote.includes(f.quote) || f.quote.includes(d.quote)))
    .map((d) => d.id);
  const set = new Set(ids);
  UNQUANTIFIED.set(data, set);
  return set;
}

/** An organisation and the groups above it. */
function ancestry(data: Dataset, id: string): string[] {
  const out: string[] = [];
  for (let at: string | undefined = id; at !== undefined; at = data.orgs.get(at)?.parent) out.push(at);
  return out;
}

const UNQUANTIFIED = new WeakMap<Dataset, ReadonlySet<string>>();

/** Named things the question asks a figure of that the article never quantifies ("科创积分贷放了多少贷款"). */
function unquantified(c: IntentContext): string[] {
  const { turn, k } = c;
  if (turn.definitions.length === 0) return [];
  if (!FIGURE_ASKS.some((a) => turn.analysis.asks.has(a)) && turn.analysis.askUnit === null) return [];
  const without = unquantifiedDefinitions(k.data);
  return turn.definitions
    .filter((id) => without.has(id))
    .map((id) => k.data.definitions.find((d) => d.id === id)!)
    .map((d) => (turn.lang === 'en' && d.names_en[0] ? d.names_en[0] : d.names_zh[0]!));
}

/** True when the article names it, with a word the question glued before it ("跟工商银行") left off. */
function namedInArticle(c: IntentContext, name: string): boolean {
  for (let i = 0; i <= 2 && name.length - i >= 4; i++) if (c.k.index.articleHas(name.slice(i))) return true;
  return c.k.index.articleHas(name);
}

export const premise: Intent = {
  name: 'premise',
  handle(c) {
    const { turn, k } = c;
    // An organisation the article names in passing (三大国有银行) is no wrong premise; a place is, wherever the article names it.
    const named = [...turn.places, ...turn.unknownOrgs.filter((n) => !namedInArticle(c, n))];
    // "不是专精特新的有多少户": the complement of a count the article gives is not that count.
    if (turn.negation && !['sum', 'difference'].some((cue) => turn.analysis.intents.has(cue as never))) {
      return reply(c, composeNotFound(c.compose, '', insteadFacts(c), messages(turn.lang).negated(turn.negation)), []);
    }
    const nameless = named.length === 0 && turn.absent.length === 0 ? unquantified(c) : [];
    if (nameless.length > 0) return reply(c, composeNotFound(c.compose, nameless.join(turn.lang === 'en' ? ', ' : '、'), insteadFacts(c)), []);
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
