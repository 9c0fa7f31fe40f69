/**
 * The answer core: a question and a chat's state in, a reply and the next
 * state out. Pure: no I/O, no clock, no platform types.
 */
import { analyzeText, type Analysis } from './analyze.js';
import type { Dataset, Fact } from './data/dataset.js';
import { createKnowledge, type Knowledge } from './knowledge.js';
import { cleanInput, detectLanguage, normalize } from './normalize.js';
import { resolve } from './resolve.js';
import { composeLookup, composeMulti, composeSmall, type ComposeContext } from './compose.js';
import { messages } from './messages.js';
import { articleDate } from './cite.js';
import type { SmallKind } from './analyze.js';
import type { ChatState, Choice, Lang, Reply } from './types.js';

/** How many answered facts a chat remembers for "两者相比". */
const RECENT = 4;

/** The answer core for one dataset. */
export interface Core {
  readonly knowledge: Knowledge;
  /** Answers a question typed by a user, given the chat's state. */
  answer(question: string, state?: ChatState): Reply;
  /** Answers a pressed choice (a clarify button, a suggestion, an example). */
  choose(choice: Choice, lang: Lang, state?: ChatState): Reply;
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

function remember(state: ChatState, factIds: readonly string[]): string[] {
  const fresh = [...factIds];
  return [...fresh, ...(state.recent ?? []).filter((id) => !fresh.includes(id))].slice(0, RECENT);
}

/** Reads a question, mending typos in the words it could not place. */
function understand(k: Knowledge, text: string, lang: Lang): { analysis: Analysis; notes: string[] } {
  const first = analyzeText(normalize(text), k.lexicon);
  if (first.residue.length === 0) return { analysis: first, notes: [] };
  const mended = k.mender.mend(first);
  if (!mended) return { analysis: first, notes: [] };
  const pairs = mended.corrections.map((c) => `${c.from}→${c.to}`).join(lang === 'en' ? ', ' : '，');
  return { analysis: analyzeText(mended.text, k.lexicon), notes: [messages(lang).mended(pairs)] };
}

/** Builds the answer core: indexes are built here, once. */
export function createCore(data: Dataset): Core {
  const k = createKnowledge(data);

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
    const { analysis, notes } = understand(k, text, lang);
    if (analysis.small) return { answer: smallTalk(base, data, analysis.small), state };
    const { answer: reply, memory } = resolve(k, analysis, state, { data, lang, notes });
    const next: ChatState = { last: memory, recent: remember(state, memory.facts) };
    if (reply.status === 'clarify') next.pending = reply.choices;
    return { answer: reply, state: next };
  }

  return { knowledge: k, answer, choose, examples: (lang) => data.cues.examples[lang] };
}
