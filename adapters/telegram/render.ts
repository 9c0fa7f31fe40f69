/**
 * Answer → Telegram HTML: each figure once, in bold, with what it is; the
 * source quote in a blockquote; the source line (article, date, sections). Every
 * piece of user or data text is escaped here and nowhere else, and each
 * rendered line is self-contained HTML so a long reply can be split at any
 * line boundary.
 */
import type { Answer, CitedFact, Lang } from '../../src/index.js';
import { sourceText, type ArticleRef } from '../citation/index.js';
import { ui } from '../i18n/index.js';

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

/** What a fact is about: "汉口银行 · 服务科技企业数". */
function labelOf(fact: CitedFact): string {
  return [fact.org, fact.subject, fact.metric].filter((part): part is string => Boolean(part)).join(' · ');
}

/** What qualifies a figure, in brackets: "（累计，截至2024年末）", ", as of the end of 2024". */
function extrasOf(fact: CitedFact, lang: Lang): string {
  if (lang === 'en') return fact.asOf ? `, ${inline(fact.asOf)}` : '';
  // 超 in 超9500家 is already on show; repeating it in brackets would read oddly.
  const extras = fact.qualifier.filter((q) => !fact.figure!.includes(q));
  if (fact.asOf && !fact.figure!.includes(fact.asOf)) extras.push(fact.asOf);
  return extras.length > 0 ? `（${inline(extras.join('，'))}）` : '';
}

/**
 * The line stating a fact: the figure once, in bold, then what it is and
 * what qualifies it ("<b>4218亿元</b> 汉融通 · 促成融资（累计，截至2024年末）");
 * a text fact is its label in bold and its text.
 */
export function figureLine(fact: CitedFact, lang: Lang): string {
  if (fact.figure === null) return `<b>${inline(labelOf(fact))}</b>：${inline(fact.text ?? fact.sentence)}`;
  const english = lang === 'en' && fact.figureEn ? ` (${inline(fact.figureEn)})` : '';
  return `<b>${inline(fact.figure)}</b>${english} ${inline(labelOf(fact))}${extrasOf(fact, lang)}`;
}

/** One fact as a block of lines: the figure line, how its scope differs, the quote. */
export function factLines(fact: CitedFact, lang: Lang): string[] {
  return [
    figureLine(fact, lang),
    ...(fact.scope ? [`<i>${inline(fact.scope)}</i>`] : []),
    `<blockquote>${inline(fact.quote)}</blockquote>`,
  ];
}

/** The source line: the article, its kind and date, and the sections the facts come from. */
export function sourceLine(facts: readonly CitedFact[], lang: Lang, article: ArticleRef): string {
  return `<i>${inline(sourceText(facts, article, lang))}</i>`;
}

/** Kinds whose headline only restates their facts' figures: the fact blocks say it, once. */
const RESTATING = new Set(['lookup', 'multi']);

/**
 * Renders an answer as HTML lines. `article` is core.about(answer.lang).
 */
export function renderAnswer(answer: Answer, article: ArticleRef): string[] {
  const restating = RESTATING.has(answer.kind) && answer.facts.length > 0;
  const head = restating ? [] : block(answer.headline);
  const lines = [...head, ...answer.notes.flatMap(block)];
  answer.facts.forEach((fact, i) => {
    if (lines.length > 0) lines.push('');
    if (answer.kind === 'lookup' && i === 1) lines.push(escapeHtml(ui(answer.lang)('also')));
    lines.push(...factLines(fact, answer.lang));
  });
  if (answer.facts.length > 0) lines.push('', sourceLine(answer.facts, answer.lang, article));
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
