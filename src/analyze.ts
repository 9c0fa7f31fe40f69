/**
 * Reads one question: which organisations and topics it names, how it asks
 * (how many, how much, which year…), what time it means, and which words it
 * has that the bot does not understand.
 */
import type { AskKind, IntentCue } from './data/schema.js';
import type { Concept, Lexicon, Match } from './lexicon.js';

export type { IntentCue };
export type SmallKind = 'help' | 'greeting' | 'thanks' | 'bye' | 'who';

/** Where in the normalised text a topic was named. */
export interface Mention {
  id: string;
  start: number;
  end: number;
}

/** What a question says, in the bot's terms. */
export interface Analysis {
  /** The normalised text. */
  text: string;
  entities: Mention[];
  terms: Mention[];
  /** Terms inside the names it gives ("基金" in 湖北基石中小企业发展基金): hints at the metric. */
  nameTerms: string[];
  asks: Set<AskKind>;
  /** The unit word after 多少/几 ("家" in 多少家), if any. */
  askUnit: string | null;
  intents: Set<IntentCue>;
  /** Set when the whole message is small talk or a request for help. */
  small: SmallKind | null;
  periods: Set<'end' | 'year'>;
  years: number[];
  /** Numbers other than years, as written ("58", "12"). */
  numbers: string[];
  /** Content words the bot could not place, with where they stand. */
  residue: Mention[];
  /** Conjunctions and clause breaks outside any named form: where a question may split. */
  splits: number[];
  /** The lexicon pass it was read from (clauses are read from the same pass). */
  scan: Scan;
}

const YEAR = /(?<![\d.])((?:19|20)\d{2})(?![\d.])/g;
const NUMBER = /(?<![\d.])\d+(?:\.\d+)?(?![\d.])/g;
const ASK_UNIT = /(?<![哪那这])(?:多少|几)(?:万|亿)?([家户个只支项款种笔场期位人条张次类名所单元年])/;
const CONJUNCTIONS = /和|与|及|以及|还有|并且|还是|或者|加上|加|减去|减掉|比|、|,|\band\b|\bor\b|\bversus\b|\bvs\b|\bplus\b|\bminus\b|\bas well as\b/g;
// "哪个服务的企业多", "which of the two has served more": a comparison spread over the sentence.
const COMPARE_SPREAD = /(哪个|哪家|哪一个|哪一家|哪只|哪项|谁).{0,14}(多|大|高|少|低|小|领先|靠前)|\b(which|who)\b.{0,80}\b(more|larger|bigger|higher|greater|most|largest|biggest|fewer|less|smaller|lower)\b/;
const HAN = /\p{Script=Han}/u;
/** Conjunctions of one character, which may also stand inside a word (参与, 增加, 比例): checked by the word segmenter. */
const SINGLE = /^[和与及加比]$/;

/** The unit word after 多少/几, unless it starts a topic word (多少支持 asks no 支). */
function askUnitOf(text: string, topics: readonly Match[]): string | null {
  const m = ASK_UNIT.exec(text);
  if (!m) return null;
  const at = m.index + m[0].length - 1;
  return topics.some((t) => t.start === at && t.end > at + 1) ? null : m[1]!;
}

function markCovered(covered: boolean[], from: number, to: number): void {
  for (let i = from; i < to; i++) covered[i] = true;
}

function residueOf(text: string, covered: readonly boolean[], lexicon: Lexicon): Mention[] {
  const residue: Mention[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (covered[i] || !(HAN.test(ch) || /[a-z]/.test(ch)) || lexicon.fillerChars.has(ch)) {
      i++;
      continue;
    }
    const latin = /[a-z]/.test(ch);
    let j = i;
    while (j < text.length && !covered[j] && (latin ? /[a-z0-9'-]/.test(text[j]!) : HAN.test(text[j]!) && !lexicon.fillerChars.has(text[j]!))) j++;
    if (j - i >= 2) residue.push({ id: text.slice(i, j), start: i, end: j });
    i = j;
  }
  return residue;
}

function collect(matches: readonly Match[], kind: Concept['kind']): Mention[] {
  const out: Mention[] = [];
  for (const m of matches) {
    for (const c of m.concepts) if (c.kind === kind && 'id' in c) out.push({ id: c.id, start: m.start, end: m.end });
  }
  return out;
}

function idsOf<K extends string>(matches: readonly Match[], kind: Concept['kind']): Set<K> {
  return new Set(collect(matches, kind).map((m) => m.id as K));
}

const WORDS = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * Positions where 和/与/及 stand as words of their own (not inside 涉及 or
 * 参与), by the word segmenter or because a named form ends or starts there
 * (the segmenter reads "基地和光谷" as 和光).
 */
function standaloneHan(text: string): Set<number> {
  const at = new Set<number>();
  for (const seg of WORDS.segment(text)) if (SINGLE.test(seg.segment)) at.add(seg.index);
  return at;
}

function splitPoints(text: string, topics: readonly Match[]): number[] {
  const inside = (i: number) => topics.some((m) => i > m.start && i < m.end);
  const found = [...text.matchAll(CONJUNCTIONS)];
  const besideForm = (i: number) => topics.some((m) => m.end === i || m.start === i + 1);
  const doubtful = found.some((m) => SINGLE.test(m[0]) && !besideForm(m.index));
  // The word segmenter is slow: asked only about a 和/与/及 that no named form stands beside.
  const single = doubtful ? standaloneHan(text) : new Set<number>();
  const spaced = [...text.matchAll(ASKED_THEN_SPACE)].map((m) => m.index + m[0].length - 1);
  return found
    .filter((m) => !SINGLE.test(m[0]) || besideForm(m.index) || single.has(m.index))
    .map((m) => m.index)
    .concat(spaced)
    .sort((a, b) => a - b)
    .filter((i) => !inside(i) && !inside(i + 1));
}

// "授信多少 投放多少", "承保了多少家企业 承保金额多少": a space between two runs that each hold a
// question word ends a clause (between keywords, "农商行 科技贷款 余额", a space ends nothing).
const ASKED_THEN_SPACE = /(?:多少|几|吗|呢)[^\s,]{0,8}\s(?=[^\s,]*(?:多少|几|吗|呢|什么|哪))/gu;

/** True when nothing but greetings, thanks or help words remain. */
function onlySmallTalk(text: string, covered: readonly boolean[], topics: readonly Match[], cues: readonly Match[], fillerChars: ReadonlySet<string>): boolean {
  const bare = text.replace(/^[,\s]+|[,\s]+$/g, '');
  if (cues.some((m) => m.form === bare && m.concepts.some((c) => c.kind === 'small'))) return true;
  if (topics.length > 0) return false;
  // A particle (谢谢啦, 好的呀) says nothing more.
  for (let i = 0; i < text.length; i++) if (!covered[i] && /[\p{L}\p{N}]/u.test(text[i]!) && !fillerChars.has(text[i]!)) return false;
  return true;
}

/** Everything found in a text by one pass of the lexicon: clauses reuse it instead of scanning again. */
export interface Scan {
  text: string;
  topics: Match[];
  cues: Match[];
  numbers: { value: string; start: number }[];
  covered: boolean[];
}

function scanText(text: string, lexicon: Lexicon): Scan {
  const covered: boolean[] = new Array(text.length).fill(false);
  const topics = lexicon.topics.tile(text);
  // A cue may not end inside a topic: "多少支持" is 多少 + 支持, not 多少支 + 持.
  const cues = lexicon.cues.scan(text, (end) => topics.some((m) => m.start < end && end < m.end));
  const filler = lexicon.filler.scan(text);
  for (const group of [topics, cues, filler]) for (const m of group) markCovered(covered, m.start, m.end);
  const numbers: Scan['numbers'] = [];
  for (const m of text.matchAll(NUMBER)) {
    // A number inside a name or term ("2+X") is part of it, not a figure the question gives.
    if (topics.some((t) => m.index >= t.start && m.index < t.end)) continue;
    markCovered(covered, m.index, m.index + m[0].length);
    numbers.push({ value: m[0], start: m.index });
  }
  return { text, topics, cues, numbers, covered };
}

/** The analysis of the characters [from, to) of a scanned text. */
function analysisOf(scan: Scan, from: number, to: number, lexicon: Lexicon, withSplits: boolean): Analysis {
  const within = (m: { start: number }) => m.start >= from && m.start < to;
  const text = scan.text.slice(from, to);
  const topics = scan.topics.filter(within);
  const cues = scan.cues.filter(within);
  const years = [...text.matchAll(YEAR)].map((m) => Number(m[1]));
  const numbers = scan.numbers.filter(within).map((n) => n.value).filter((n) => n.length !== 4 || !years.includes(Number(n)));
  const covered = scan.covered.slice(from, to);
  const smallIds = idsOf<SmallKind>(cues, 'small');
  const small = smallIds.size > 0 && onlySmallTalk(text, covered, topics, cues, lexicon.fillerChars) ? [...smallIds][0]! : null;
  // "那几个试点", "这几家银行" point at things; they ask no count.
  const pointing = (m: Match) => scan.text.startsWith('几', m.start) && /[那这]/.test(scan.text[m.start - 1] ?? '');
  const asks = idsOf<AskKind>(cues.filter((m) => !pointing(m)), 'ask');
  const intents = idsOf<IntentCue>(cues, 'intent');
  if (COMPARE_SPREAD.test(text)) intents.add('compare');
  if (text.includes('%') || text.includes('百分')) asks.add('percent');
  // "谁更多", "哪个大": a comparison's 谁/哪个 asks which one, not for a text.
  if (intents.has('compare')) asks.delete('text');
  const entities = collect(topics, 'entity');
  const nameTerms = entities.flatMap((e) => collect(lexicon.terms.scan(scan.text.slice(e.start, e.end)), 'term').map((t) => t.id));
  const local = topics.map((m) => ({ ...m, start: m.start - from, end: m.end - from }));
  return {
    text,
    entities,
    terms: collect(topics, 'term'),
    nameTerms: [...new Set(nameTerms)],
    asks,
    askUnit: askUnitOf(text, local),
    intents,
    small,
    periods: idsOf<'end' | 'year'>(cues, 'period'),
    years: [...new Set(years)],
    numbers,
    residue: residueOf(text, covered, lexicon),
    splits: withSplits ? splitPoints(text, local) : [],
    scan,
  };
}

/** Analyses a question's normalised text (see normalize()). */
export function analyzeText(text: string, lexicon: Lexicon): Analysis {
  return analysisOf(scanText(text, lexicon), 0, text.length, lexicon, true);
}

/** Analyses one clause [from, to) of an analysed question, reusing its scan. */
export function analyzeClause(whole: Analysis, from: number, to: number, lexicon: Lexicon): Analysis {
  return analysisOf(whole.scan, from, to, lexicon, false);
}
