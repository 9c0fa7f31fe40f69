/**
 * One question as every intent reads it, built once: the cleaned text, its
 * language and script, the analysis and query, and what it names that the
 * article lacks (another place, an attribute never given, an unknown
 * organisation), the figures it states, the definitions and article parts it asks about.
 */
import { analyzeText, type Analysis } from './analyze.js';
import type { ArticleAsk, PremisesFile } from './data/schema.js';
import type { Knowledge } from './knowledge.js';
import type { Match } from './lexicon.js';
import { messages } from './messages.js';
import { cleanInput, detectLanguage, hasTraditional, normalize } from './normalize.js';
import { queryOf } from './query.js';
import type { Query } from './search.js';
import type { ChatState, Lang, Script } from './types.js';
import { statedFigures, type StatedFigure } from './stated.js';

export interface Turn {
  /** The question as typed, cleaned of invisible characters. */
  text: string;
  lang: Lang;
  script: Script;
  analysis: Analysis;
  /** What the question states on its own, before any follow-up context. */
  query: Query;
  /** Lines for the reply: a typo mended. */
  notes: string[];
  state: ChatState;
  /** Places named that the article has no figures for, as written. */
  places: string[];
  /** Attributes named that the article never states, as written ("利率", "net profit"). */
  absent: string[];
  /** Names of organisations the article does not know ("招商银行"). */
  unknownOrgs: string[];
  /** Definitions named (ids of definitions.yaml). */
  definitions: string[];
  /** What the question asks about the article itself. */
  articleAsks: Set<ArticleAsk>;
  /** Figures the question states ("5000户", "95.48亿"). */
  stated: StatedFigure[];
  /** A word asking for the complement of what the article counts ("不是", "not yet"), as written. */
  negation: string | null;
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

const overlaps = (m: { start: number; end: number }, others: readonly Match[]) => others.some((o) => m.start < o.end && o.start < m.end);

/**
 * The organisation's name an English place name as written starts, if it starts one: capitalised words
 * follow it ("Hubei Science and Technology Investment") or an organisation ending comes within a few
 * words ("Hubei cornerstone SME fund"). Such a name is the question's subject, not another place.
 */
function nameAfter(place: string, text: string, premises: PremisesFile): string | null {
  const at = new RegExp(`\\b${place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
  const m = at.exec(text);
  if (!m || !/^[A-Z]/.test(m[0])) return null;
  const rest = text.slice(m.index + m[0].length);
  const capitalised = /^(?:\s+(?:and\s+)?[A-Z][\w-]*)+/.exec(rest);
  if (capitalised && !premises.place_words.includes(capitalised[0].trim().split(/\s+/)[0]!)) return m[0] + capitalised[0];
  const suffixed = new RegExp(`^(?:\\s+[\\w-]+){0,3}?\\s+(?:${premises.org_suffixes.en.join('|')})\\b`, 'i').exec(rest);
  return suffixed ? m[0] + suffixed[0] : null;
}

/**
 * Places named outside every name and term the bot knows ("上海" but not the 上海 of 上海证券交易所),
 * and the names an English place starts: an organisation the bot knows, or one it does not (a word of
 * it unplaced: "Shanghai Pudong fund").
 */
function placesOf(k: Knowledge, a: Analysis, text: string): { places: string[]; names: string[] } {
  const places: string[] = [];
  const names: string[] = [];
  for (const m of k.lexicon.places.scan(a.text)) {
    if (overlaps(m, a.scan.topics)) continue;
    const name = /^[a-z]/.test(m.form) ? nameAfter(m.form, text, k.data.premises) : null;
    if (name === null) places.push(m.form);
    else if (unplaced(a, name.split(/\s+/).slice(1))) names.push(name);
  }
  return { places, names };
}

/** True when one of the words is a word the bot could not place. */
function unplaced(a: Analysis, words: readonly string[]): boolean {
  return words.some((w) => a.residue.some((r) => /^[a-z]/.test(r.id) && w.toLowerCase().replace(/'s$/, '').startsWith(r.id)));
}

function absentOf(k: Knowledge, a: Analysis, lang: Lang): string[] {
  const names = a.scan.topics.filter((m) => m.concepts.some((c) => c.kind === 'entity'));
  const shownOf = (m: Match) => {
    const attr = k.data.premises.absent_attributes.find((x) => m.concepts.some((c) => c.kind === 'absent' && c.id === x.id));
    return attr?.shown?.[lang] ?? m.form;
  };
  return [...new Set(k.lexicon.absent.scan(a.text).filter((m) => !overlaps(m, names)).map(shownOf))];
}

/** An unknown word followed by an organisation ending: "招商" + "银行", "China Merchants" + "Bank". */
function unknownOrgsOf(k: Knowledge, a: Analysis, text: string): string[] {
  return [...unknownZh(k, a), ...unknownEn(k, a, text)];
}

function unknownZh(k: Knowledge, a: Analysis): string[] {
  const suffixes = k.data.premises.org_suffixes.zh;
  return a.residue.flatMap((r) => {
    const rest = a.text.slice(r.end);
    const suffix = suffixes.find((s) => rest.startsWith(s) || r.id.endsWith(s));
    return suffix ? [rest.startsWith(suffix) ? r.id + suffix : r.id] : [];
  });
}

/** Capitalised words, one the bot cannot place among them, before an English organisation ending. */
function unknownEn(k: Knowledge, a: Analysis, text: string): string[] {
  const suffixes = k.data.premises.org_suffixes.en;
  if (suffixes.length === 0 || a.residue.length === 0) return [];
  const name = new RegExp(`((?:[A-Z][\\w&'-]*\\s+){1,4})(?:${suffixes.join('|')})\\b`, 'g');
  return [...text.matchAll(name)].filter((m) => unplaced(a, m[1]!.trim().split(/\s+/))).map((m) => m[0]);
}

function articleAsksOf(a: Analysis): Set<ArticleAsk> {
  const asks = new Set<ArticleAsk>();
  for (const m of a.scan.cues) for (const c of m.concepts) if (c.kind === 'article') asks.add(c.id);
  return asks;
}

/** The first negation word of the question outside every cue: 不是 inside the check 是不是 is none. */
function negationOf(k: Knowledge, a: Analysis): string | null {
  return k.lexicon.negations.scan(a.text).find((m) => !overlaps(m, a.scan.cues))?.form ?? null;
}

/** Builds the turn of one question in its chat. */
export function buildTurn(k: Knowledge, question: string, state: ChatState): Turn {
  const text = cleanInput(String(question)).trim();
  const lang = detectLanguage(text);
  const script: Script = lang === 'zh' && hasTraditional(text) ? 'traditional' : 'simplified';
  const { analysis, notes } = understand(k, text, lang);
  const named = k.lexicon.definitions.scan(analysis.text);
  const definitions = named.flatMap((m) => m.concepts.map((c) => ('id' in c ? c.id : '')));
  // A number inside a name ("three goods", "2+X") is part of the name, not a figure the question states.
  const stated = statedFigures(analysis).filter((s) => !named.some((m) => s.start >= m.start && s.start < m.end));
  const placed = placesOf(k, analysis, text);
  return {
    text,
    lang,
    script,
    analysis,
    query: queryOf(analysis, k.data),
    notes,
    state,
    places: placed.places,
    absent: absentOf(k, analysis, lang),
    unknownOrgs: [...new Set([...unknownOrgsOf(k, analysis, text), ...placed.names])],
    definitions: [...new Set(definitions)],
    articleAsks: articleAsksOf(analysis),
    stated,
    negation: negationOf(k, analysis),
  };
}
