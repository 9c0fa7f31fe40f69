/**
 * Inline mode (`@bot question` in any chat): up to ten fact cards, each
 * posting a citation-ready message (figure, sentence, quote, source). An
 * empty query shows the headline figures.
 */
import { InlineQueryResultBuilder, type Composer, type Context } from 'grammy';
import type { InlineQueryResultArticle } from 'grammy/types';
import type { CitedFact, Lang } from '../../src/index.js';
import type { AnswerService } from '../shared/answers.js';
import { factLines, sourceLine, splitHtml } from './render.js';

/** Telegram shows at most 50 results; ten cards is what fits a phone screen. */
export const INLINE_LIMIT = 10;

/** Cards depend on the data only, so Telegram may cache them a while. */
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
export function factCard(fact: CitedFact, lang: Lang, date: string): InlineQueryResultArticle {
  const html = [...factLines(fact, lang), sourceLine([fact], lang, date)];
  // A card is one message; a pathological quote is cut rather than refused by Telegram.
  const [message = ''] = splitHtml(html);
  return InlineQueryResultBuilder.article(fact.id, clip(title(fact, lang), 200), {
    description: clip(`${fact.metric}｜${fact.quote}`, 200),
  }).text(message, { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
}

/** Installs the inline query handler. */
export function installInline(composer: Composer<Context>, answers: AnswerService): void {
  composer.on('inline_query', async (ctx) => {
    const core = answers.core();
    const { lang, facts } = core.cards(ctx.inlineQuery.query, INLINE_LIMIT);
    const date = core.about(lang).date;
    const results = facts.slice(0, INLINE_LIMIT).map((fact) => factCard(fact, lang, date));
    await ctx.answerInlineQuery(results, { cache_time: CACHE_SECONDS });
  });
}
