/**
 * The answer core: a question and a chat's state in, a reply and the next
 * state out. Pure: no I/O, no clock, no platform types.
 */
import type { Dataset, Fact } from './data/dataset.js';
import { createKnowledge, type Knowledge } from './knowledge.js';
import { cleanInput, detectLanguage } from './normalize.js';
import { composeLookup, composeMulti, composeSmall, type ComposeContext } from './compose.js';
import { messages } from './messages.js';
import { articleDate } from './cite.js';
import type { SmallKind } from './analyze.js';
import type { Answer, ChatState, Choice, CitedFact, Lang, Reply } from './types.js';
import { browseAnswer, ownFacts } from './browse.js';
import { cite } from './cite.js';
import { queryOf } from './query.js';
import { buildTurn } from './turn.js';
import { answerTurn } from './intents/index.js';
import { inScript } from './script.js';
import { DEFAULT_POLICY, type Policy } from './policy.js';

/** How many answered facts a chat remembers for "两者相比". */
const RECENT = 4;

/** An organisation that has figures, as a browsing list shows it. */
export interface OrgEntry {
  id: string;
  name: string;
  /** How many facts belong to it or are about it. */
  count: number;
}

/** What the dataset is, for /about and the health check. */
export interface About {
  title: string;
  kind: string;
  date: string;
  facts: number;
  figures: number;
  version: string;
}

/** The answer core for one dataset. */
export interface Core {
  readonly knowledge: Knowledge;
  /** Answers a question typed by a user, given the chat's state. */
  answer(question: string, state?: ChatState): Reply;
  /** Answers a pressed choice (a clarify button, a suggestion, an example). */
  choose(choice: Choice, lang: Lang, state?: ChatState): Reply;
  /** The card of one organisation: its main figures. */
  browse(orgId: string, lang: Lang, state?: ChatState): Reply;
  /** Fact cards for a search box (inline mode): the answer's facts, else the nearest; headline figures when empty. */
  cards(query: string, limit: number): { lang: Lang; facts: CitedFact[] };
  /** The organisations with figures, largest first. */
  organisations(lang: Lang): OrgEntry[];
  /** What the dataset is. */
  about(lang: Lang): About;
  /** True if a fact id exists (a pressed button may carry one from older data). */
  hasFact(id: string): boolean;
  /** The example questions help shows, in a language. */
  examples(lang: Lang): readonly string[];
}

function smallTalk(ctx: ComposeContext, data: Dataset, kind: SmallKind | 'empty'): ReturnType<typeof composeSmall> {
  const m = messages(ctx.lang);
  const date = articleDate(data, ctx.lang);
  const title = ctx.lang === 'en' ? data.document.title_en : data.document.title_zh;
  const count = data.facts.length;
  const examples = data.cues.examples[ctx.lang];
  switch (kind) {
    case 'help':
      return composeSmall(ctx, 'help', m.help(title, date, count), examples);
    case 'who':
      return composeSmall(ctx, 'help', m.who(title, date, count), examples);
    case 'empty':
      return composeSmall(ctx, 'help', m.empty, examples);
    default:
      return composeSmall(ctx, 'smalltalk', m[kind], []);
  }
}

/** The figures a reply answers with: a lookup's first (the others are related figures shown beside it), else all. */
function mainFacts(answer: Answer): string[] {
  const ids = answer.status === 'answered' ? answer.facts.map((f) => f.id) : [];
  return answer.kind === 'lookup' ? ids.slice(0, 1) : ids;
}

/** The latest figures answered, newest first: what "两者" and "the two" point to. */
function remember(state: ChatState, factIds: readonly string[]): string[] {
  const fresh = [...factIds];
  return [...fresh, ...(state.recent ?? []).filter((id) => !fresh.includes(id))].slice(0, RECENT);
}

/** The dataset's and the messages' Chinese texts, joined (the messages' literal parts included). */
function replyVocabulary(data: Dataset): string {
  const orgs = [...data.orgs.values()].flatMap((o) => [o.zh, o.full_zh ?? '', ...o.aliases_zh]);
  const metrics = [...data.metrics.values()].map((m) => m.zh);
  const facts = data.facts.flatMap((f) => [f.text ?? '', f.as_of ?? '', f.scope?.zh ?? '', ...f.items]);
  const more = [...data.sections.map((s) => s.zh), ...data.definitions.flatMap((d) => [d.zh, ...d.names_zh]), data.document.title_zh, data.document.kind_zh];
  const fixed = Object.values(messages('zh')).map(String);
  return [...orgs, ...metrics, ...facts, ...more, ...fixed, ...data.cues.examples.zh].join('|');
}

/** Builds the answer core: indexes are built here, once. */
export function createCore(data: Dataset, policy: Policy = data.policy ?? DEFAULT_POLICY): Core {
  const k = createKnowledge(data, policy);
  // Every Chinese text a reply can be made of: the traditional converter keeps only these phrases.
  let vocabulary: string | null = null;
  const words = () => (vocabulary ??= replyVocabulary(data));

  function choose(choice: Choice, lang: Lang, state: ChatState = {}): Reply {
    const facts = choice.factIds.map((id) => data.factById.get(id)).filter((f): f is Fact => f !== undefined);
    if (facts.length === 0) return answer(choice.label, state);
    const ctx: ComposeContext = { data, lang, notes: [] };
    const reply = facts.length === 1 ? composeLookup(ctx, facts[0]!, []) : composeMulti(ctx, facts);
    const first = facts[0]!;
    const last = {
      entities: [first.subject ?? first.org],
      focus: first.subject ? [first.subject, first.org] : [first.org],
      terms: data.metrics.get(first.metric)?.terms ?? [],
      asks: [],
      askUnit: null,
      years: [],
      periods: [],
      facts: facts.map((f) => f.id),
      topic: data.metrics.get(first.metric)?.terms ?? [],
    };
    return { answer: reply, state: { last, recent: remember(state, last.facts) } };
  }

  function answer(question: string, state: ChatState = {}): Reply {
    const text = cleanInput(String(question)).trim();
    const lang = detectLanguage(text);
    const pick = /^[1-9]$/.test(text) ? state.pending?.[Number(text) - 1] : undefined;
    if (pick) return choose(pick, lang, { ...state, pending: undefined });
    const base: ComposeContext = { data, lang, notes: [] };
    if (text.length === 0) return { answer: smallTalk(base, data, 'empty'), state };
    const turn = buildTurn(k, text, state);
    if (turn.analysis.small && turn.definitions.length === 0) return { answer: inScript(smallTalk(base, data, turn.analysis.small), turn.script, words), state };
    const { answer: reply, memory } = answerTurn({ k, turn, compose: { data, lang, notes: turn.notes } });
    const main = mainFacts(reply);
    const next: ChatState = { last: { ...memory, main }, recent: remember(state, main) };
    if (reply.status === 'clarify') next.pending = reply.choices;
    return { answer: inScript(reply, turn.script, words), state: next };
  }

  function browse(orgId: string, lang: Lang, state: ChatState = {}): Reply {
    const ctx: ComposeContext = { data, lang, notes: [] };
    if (!data.orgs.has(orgId)) return { answer: smallTalk(ctx, data, 'help'), state };
    return { answer: browseAnswer(ctx, k, orgId), state };
  }

  function cards(query: string, limit: number): { lang: Lang; facts: CitedFact[] } {
    const text = cleanInput(query).trim();
    const lang = detectLanguage(text);
    if (text.length === 0) {
      return { lang, facts: data.facts.filter((f) => f.headline).slice(0, limit).map((f) => cite(data, f, lang)) };
    }
    const turn = buildTurn(k, text, {});
    const shown = turn.analysis.small ? [] : answerTurn({ k, turn, compose: { data, lang, notes: turn.notes } }).answer.facts.map((f) => f.id);
    const nearest = k.index.rank(queryOf(turn.analysis, data)).filter((s) => s.score > 0.15 && !shown.includes(s.fact.id));
    const ids = [...shown.filter((id) => data.factById.has(id)), ...nearest.map((s) => s.fact.id)].slice(0, limit);
    return { lang, facts: ids.map((id) => cite(data, data.factById.get(id)!, lang)) };
  }

  function organisations(lang: Lang): OrgEntry[] {
    return [...data.orgs.values()]
      .map((o) => ({ id: o.id, name: lang === 'en' ? o.en : o.zh, count: ownFacts(k, o.id).length }))
      .filter((o) => o.count > 0)
      .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
  }

  function about(lang: Lang): About {
    return {
      title: lang === 'en' ? data.document.title_en : data.document.title_zh,
      kind: lang === 'en' ? data.document.kind_en : data.document.kind_zh,
      date: articleDate(data, lang),
      facts: data.facts.length,
      figures: data.facts.filter((f) => f.value !== undefined).length,
      version: data.version,
    };
  }

  return {
    knowledge: k, answer, choose, browse, cards, organisations, about,
    hasFact: (id) => data.factById.has(id),
    examples: (lang) => data.cues.examples[lang],
  };
}
