/**
 * Answer → Telegram HTML: the figure in bold with its qualifier and period,
 * the sentence, the source quote in a blockquote, the source line. Every
 * piece of user or data text is escaped here and nowhere else, and each
 * rendered line is self-contained HTML so a long reply can be split at any
 * line boundary.
 */
import type { Answer, CitedFact, Lang } from '../../src/index.js';
import { texts } from './texts.js';

/** Telegram's limit on a message's text. */
export const TELEGRAM_TEXT_LIMIT = 4096;

/** Escapes text for Telegram's HTML parse mode. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Escapes text that must stay on one line (a newline would break the line-based split). */
function inline(text: string): string {
  // A whitespace run holding a newline becomes one space. (Not /\s*\n\s*/: it backtracks
  // quadratically over long runs without one, ~45 s for 100,000 spaces.)
  return escapeHtml(text.replace(/\s+/g, (run) => (run.includes('\n') ? ' ' : run)));
}

/** Escapes text that may span lines, one escaped line per element. */
function block(text: string): string[] {
  return text.split('\n').map(escapeHtml);
}

/** The bold figure with what qualifies it: "<b>4218亿元</b>（累计，截至2024年末）". */
export function figureLine(fact: CitedFact, lang: Lang): string | null {
  if (fact.figure === null) return null;
  if (lang === 'en') {
    const shown = fact.figureEn ? `${fact.figure} (${fact.figureEn})` : fact.figure;
    return `<b>${inline(shown)}</b>${fact.asOf ? `, ${inline(fact.asOf)}` : ''}`;
  }
  // 超 in 超9500家 is already on show; repeating it in brackets would read oddly.
  const extras = [...fact.qualifier.filter((q) => !fact.figure!.includes(q))];
  if (fact.asOf && !fact.figure.includes(fact.asOf)) extras.push(fact.asOf);
  return `<b>${inline(fact.figure)}</b>${extras.length > 0 ? `（${inline(extras.join('，'))}）` : ''}`;
}

/** One fact as a block of lines: figure, sentence, scope, quote. */
export function factLines(fact: CitedFact, lang: Lang): string[] {
  const figure = figureLine(fact, lang);
  return [
    ...(figure ? [figure] : []),
    inline(fact.sentence),
    ...(fact.scope ? [`<i>${inline(fact.scope)}</i>`] : []),
    `<blockquote>${inline(fact.quote)}</blockquote>`,
  ];
}

/** The source line: the sections the facts come from and the article's date. */
export function sourceLine(facts: readonly CitedFact[], lang: Lang, date: string): string {
  const sections = [...new Set(facts.map((f) => f.section))].join(lang === 'en' ? '; ' : '；');
  return `<i>${inline(texts(lang).source(sections, date))}</i>`;
}

/**
 * Renders an answer as HTML lines. `date` is the article's date in the
 * answer's language (core.about(lang).date).
 */
export function renderAnswer(answer: Answer, date: string): string[] {
  const lookup = answer.kind === 'lookup';
  // A lookup's headline is its first fact's sentence; the fact block says it.
  const head = lookup && answer.facts.length > 0 ? [] : block(answer.headline);
  const lines = [...head, ...answer.notes.flatMap(block)];
  answer.facts.forEach((fact, i) => {
    if (lines.length > 0) lines.push('');
    if (lookup && i === 1) lines.push(escapeHtml(texts(answer.lang).also));
    lines.push(...factLines(fact, answer.lang));
  });
  if (answer.facts.length > 0) lines.push('', sourceLine(answer.facts, answer.lang, date));
  // Numbered, so a typed "1" or "2" picks a reading as well as a button does.
  answer.choices.forEach((c, i) => lines.push(`${i + 1}. ${inline(c.label)}`));
  if (answer.status === 'not_found') answer.suggestions.forEach((s) => lines.push(`• ${inline(s.label)}`));
  return lines;
}

/** Drops the tags of a self-contained line, keeping its escaped text. */
function stripTags(line: string): string {
  return line.replace(/<[^>]*>/g, '');
}

/** Cuts an over-long line into pieces of at most `limit`, never inside an entity or a surrogate pair. */
function hardSplit(line: string, limit: number): string[] {
  const pieces: string[] = [];
  let rest = stripTags(line);
  while (rest.length > limit) {
    let cut = limit;
    const amp = rest.lastIndexOf('&', cut - 1);
    if (amp >= 0 && amp > cut - 8 && !rest.slice(amp, cut).includes(';')) cut = amp;
    if (/[\uD800-\uDBFF]/.test(rest.charAt(cut - 1))) cut -= 1;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  return rest.length > 0 ? [...pieces, rest] : pieces;
}

/**
 * Packs HTML lines into messages of at most `limit` characters, splitting at
 * line boundaries; a single line longer than the limit loses its tags and is
 * cut. The length counted is the HTML's own, which is never less than what
 * Telegram counts after parsing.
 */
export function splitHtml(lines: readonly string[], limit = TELEGRAM_TEXT_LIMIT): string[] {
  const chunks: string[] = [];
  let current: string[] = [];
  let size = 0;
  const flush = () => {
    const text = current.join('\n').trim();
    if (text.length > 0) chunks.push(text);
    current = [];
    size = 0;
  };
  for (const line of lines.flatMap((l) => (l.length > limit ? hardSplit(l, limit) : [l]))) {
    const added = current.length === 0 ? line.length : line.length + 1;
    if (size + added > limit) flush();
    current.push(line);
    size += current.length === 1 ? line.length : line.length + 1;
  }
  flush();
  return chunks;
}
