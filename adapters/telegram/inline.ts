/**
 * Inline mode (`@bot question` in any chat): up to ten fact cards in the
 * user's language, each posting a citation-ready message (figure, quote,
 * source). An empty query shows the headline figures; a query that finds
 * nothing offers to continue in a private chat.
 */
import { InlineQueryResultBuilder, type Composer, type Context } from 'grammy';
import type { InlineQueryResultArticle } from 'grammy/types';
import type { CitedFact, Core, Lang } from '../../src/index.js';
import type { ArticleRef } from '../citation/index.js';
import { ui } from '../i18n/index.js';
import { factLines, sourceLine, splitHtml } from './render.js';
import { langOf, type TelegramUx } from './ux.js';

/** Telegram shows at most 50 results; ten cards is what fits a phone screen. */
export const INLINE_LIMIT = 10;

/** Cards depend on the data and the user's language only, so Telegram may cache them a while per user. */
const CACHE_SECONDS = 300;

function title(fact: CitedFact, lang: Lang): string {
  const figure = fact.figure === null ? null : lang === 'en' && fact.figureEn ? `${fact.figure} (${fact.figureEn})` : fact.figure;
  const who = fact.subject ? `${fact.org} · ${fact.subject}` : fact.org;
  return figure ? `${figure} · ${who}` : fact.sentence;
}

/** The first `max` code points: a cut through a surrogate pair would leave text that is not valid UTF-8. */
function clip(text: string, max: number): string {
  return [...text].slice(0, max).join('');
}

/** One fact card: a plain-text title and description, and the HTML message it posts. */
export function factCard(fact: CitedFact, lang: Lang, article: ArticleRef): InlineQueryResultArticle {
  const html = [...factLines(fact, lang), sourceLine([fact], lang, article)];
  // A card is one message; a pathological quote is cut rather than refused by Telegram.
  const [message = ''] = splitHtml(html);
  return InlineQueryResultBuilder.article(fact.id, clip(title(fact, lang), 200), {
    description: clip(`${fact.metric}｜${fact.quote}`, 200),
  }).text(message, { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
}

/**
 * The cards of a query. A typed query is answered in its own language; an
 * empty one (headline figures) in the user's app language.
 */
function cardsFor(core: Core, query: string, userLang: Lang): { lang: Lang; facts: CitedFact[] } {
  const found = core.cards(query, INLINE_LIMIT);
  if (query.trim().length > 0 || found.lang === userLang) return found;
  const ids = found.facts.map((f) => f.id);
  const restated = core.choose({ label: '', factIds: ids }, userLang).answer.facts;
  const byId = new Map(restated.map((f) => [f.id, f]));
  return { lang: userLang, facts: ids.map((id) => byId.get(id)).filter((f): f is CitedFact => f !== undefined) };
}

/** Installs the inline query handler. */
export function installInline(composer: Composer<Context>, ux: TelegramUx): void {
  composer.on('inline_query', async (ctx) => {
    const core = ux.answers.core();
    const userLang = langOf(ctx.from.language_code);
    const { lang, facts } = cardsFor(core, ctx.inlineQuery.query, userLang);
    const article = core.about(lang);
    const results = facts.slice(0, INLINE_LIMIT).map((fact) => factCard(fact, lang, article));
    // Nothing found: a button above the (empty) results opens a private chat to ask there.
    const button = results.length === 0 ? { button: { text: ui(userLang)('nothingFound'), start_parameter: 'ask' } } : {};
    await ctx.answerInlineQuery(results, { cache_time: CACHE_SECONDS, is_personal: true, ...button });
  });
}
