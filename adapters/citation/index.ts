/**
 * How an answer is cited, the same on every platform: the source line under
 * an answer (the article, its kind, its date, the section titles) and a
 * one-line citation of a fact with its verbatim quote, ready to paste into
 * an article. Plain text: each platform escapes it for its own markup.
 */
import type { About, CitedFact, Lang } from '../../src/index.js';
import { ui } from '../i18n/index.js';

/** What a citation names of the article (core.about(lang)). */
export type ArticleRef = Pick<About, 'title' | 'kind' | 'date'>;

function quoted(title: string, lang: Lang): string {
  return lang === 'en' ? `“${title}”` : `《${title}》`;
}

function sectionList(facts: readonly CitedFact[], lang: Lang): string {
  const sections = [...new Set(facts.map((f) => f.section))];
  return sections.map((s) => (lang === 'en' ? `“${s}”` : `「${s}」`)).join(lang === 'en' ? '; ' : '；');
}

/** The source line of an answer: "Source: “Title”, newspaper special section, 27 February 2025 — “Section”". */
export function sourceText(facts: readonly CitedFact[], article: ArticleRef, lang: Lang): string {
  const label = ui(lang)('sourceLabel');
  const sections = sectionList(facts, lang);
  if (lang === 'en') return `${label}: ${quoted(article.title, lang)}, ${article.kind}, ${article.date}${sections ? ` — ${sections}` : ''}`;
  return `${label}：${quoted(article.title, lang)}，${article.kind}，${article.date}${sections ? `，${sections}` : ''}`;
}

/** What the figure is, as a citation names it: "Hankou Bank · tech firms served: more than 9,500". */
function what(fact: CitedFact, lang: Lang): string {
  const name = [fact.org, fact.subject, fact.metric].filter(Boolean).join(' · ');
  const figure = lang === 'en' ? (fact.figureEn ?? fact.figure) : fact.figure;
  return figure ? `${name}${lang === 'en' ? ': ' : '：'}${figure}` : name;
}

/** The parts of a citation, most essential first: dropped from the end when it must be short. */
function parts(fact: CitedFact, article: ArticleRef, lang: Lang): string[] {
  if (lang === 'en') {
    return [`“${fact.quote}”`, ` (${what(fact, lang)})`, ` — ${quoted(article.title, lang)}, ${article.kind}, ${article.date}`, `, section “${fact.section}”`];
  }
  return [`“${fact.quote}”`, `（${what(fact, lang)}）`, `——${quoted(article.title, lang)}，${article.kind}，${article.date}`, `，「${fact.section}」`];
}

/**
 * A one-line citation of a fact with its verbatim quote. With `max`
 * (Telegram's copy button holds 256 characters) the section, then the
 * reading, are left out before the quote or the article are touched.
 */
export function citationLine(fact: CitedFact, article: ArticleRef, lang: Lang, max = Infinity): string {
  const all = parts(fact, article, lang);
  const [quote, reading, source, section] = all as [string, string, string, string];
  for (const pick of [[quote, reading, source, section], [quote, reading, source], [quote, source]]) {
    const line = pick.join('');
    if ([...line].length <= max) return line;
  }
  // A quote too long for the limit: cut it, and say so with an ellipsis.
  const room = Math.max(0, max - [...source].length - 3);
  return `“${[...fact.quote].slice(0, room).join('')}…”${source}`.slice(0, max);
}
