/**
 * Sends a rendered answer: as new messages (split at 4096, the keyboard on
 * the last one, the first replying to the asking message in a group), or in
 * place of the message whose button was pressed; then, for a comparison, a
 * ranking or a card, its bar chart as a photo under it.
 */
import { GrammyError, InputFile, type Context, type InlineKeyboard } from 'grammy';
import type { InlineKeyboardButton, Message } from 'grammy/types';
import type { Answer, Lang } from '../../src/index.js';
import { citationLine, sourceText } from '../citation/index.js';
import { isGroupChat } from './addressing.js';
import { choiceRows, COPY_TEXT_MAX, feedbackRow, keyboardOf } from './keyboards.js';
import { escapeHtml, renderAnswer, splitHtml } from './render.js';
import { messageKey, type TelegramUx } from './ux.js';

/** An answer ready to send: HTML messages and the keyboard of the last one. */
export interface Rendered {
  chunks: string[];
  keyboard?: InlineKeyboard;
}

/** How an answer is sent. */
export interface SendOptions {
  /** The language of the buttons (the chat's UI language). */
  uiLang: Lang;
  /** What was asked, kept for a vote on the answer. */
  question: string;
  /** Rows under the answer's own buttons (an organisation card's "more" and "back"). */
  extraRows?: InlineKeyboardButton[][];
}

/** Renders an answer with its buttons: choices, then 👍/👎 and cite for an answer with facts. */
export function renderForTelegram(ux: TelegramUx, answer: Answer, options: Pick<SendOptions, 'uiLang' | 'extraRows'>): Rendered {
  const core = ux.answers.core();
  const article = core.about(answer.lang);
  const chunks = splitHtml(renderAnswer(answer, article));
  const first = answer.facts[0];
  const cited = answer.status === 'answered' && first !== undefined;
  const citation = cited ? citationLine(first, article, answer.lang, COPY_TEXT_MAX) : null;
  const rows = [...choiceRows(answer, core.examples(answer.lang)), ...(options.extraRows ?? []), cited ? feedbackRow(answer, options.uiLang, citation) : []];
  const keyboard = keyboardOf(rows);
  return { chunks, ...(keyboard ? { keyboard } : {}) };
}

/** The message a reply should quote: the asking message in a group, none in a private chat. */
export function replyTarget(ctx: Context): number | undefined {
  return ctx.message && isGroupChat(ctx.chat?.type) ? ctx.message.message_id : undefined;
}

function replyTo(messageId: number | undefined): object {
  return messageId === undefined ? {} : { reply_parameters: { message_id: messageId, allow_sending_without_reply: true } };
}

/** Sends messages in order; the first may reply to a message, the last carries the keyboard. Returns the last. */
export async function sendChunks(ctx: Context, rendered: Rendered, replyToId?: number): Promise<Message | undefined> {
  const { chunks, keyboard } = rendered;
  let last: Message | undefined;
  for (const [i, chunk] of chunks.entries()) {
    last = await ctx.reply(chunk, {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...(i === 0 ? replyTo(replyToId) : {}),
      ...(i === chunks.length - 1 && keyboard ? { reply_markup: keyboard } : {}),
    });
  }
  return last;
}

/** Remembers what the message holding an answer's buttons answered, for a vote on it. */
function remember(ux: TelegramUx, ctx: Context, message: Pick<Message, 'message_id'> | undefined, answer: Answer, question: string): void {
  if (!message || !ctx.chat || answer.facts.length === 0) return;
  ux.sent.set(messageKey(ctx.chat.id, message.message_id), { question, factIds: answer.facts.map((f) => f.id), lang: answer.lang });
}

/** Sends the answer's chart, if it has one, under the answer. A chart that fails is logged; the answer stands. */
async function sendChart(ctx: Context, ux: TelegramUx, answer: Answer, under: number | undefined): Promise<void> {
  const core = ux.answers.core();
  let chart;
  try {
    chart = await ux.charts.chartFor(answer, sourceText(answer.facts, core.about(answer.lang), answer.lang));
  } catch (err) {
    ux.logger.warn({ err, platform: 'telegram', facts: answer.facts.map((f) => f.id) }, 'could not draw a chart');
    return;
  }
  if (!chart) return;
  await ctx.replyWithPhoto(new InputFile(chart.png, 'chart.png'), { caption: escapeHtml(chart.spec.title), parse_mode: 'HTML', ...replyTo(under) });
}

/** Sends an answer as new messages, remembers it for votes, then its chart. */
export async function sendAnswer(ctx: Context, ux: TelegramUx, answer: Answer, options: SendOptions, replyToId?: number): Promise<void> {
  const last = await sendChunks(ctx, renderForTelegram(ux, answer, options), replyToId);
  remember(ux, ctx, last, answer, options.question);
  await sendChart(ctx, ux, answer, last?.message_id);
}

function isNotModified(err: unknown): boolean {
  return err instanceof GrammyError && /message is not modified/i.test(err.description);
}

/**
 * Replaces the pressed button's message with the answer; the rest of a long
 * answer follows as new messages. If the message can no longer be edited
 * (too old, deleted), the answer is sent as a new message instead.
 */
export async function editInPlace(ctx: Context, ux: TelegramUx, answer: Answer, options: SendOptions): Promise<void> {
  const rendered = renderForTelegram(ux, answer, options);
  const [first, ...rest] = rendered.chunks;
  if (first === undefined) return;
  const keyboard = rest.length === 0 ? rendered.keyboard : undefined;
  try {
    await ctx.editMessageText(first, {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...(keyboard ? { reply_markup: keyboard } : {}),
    });
  } catch (err) {
    // Pressing the same button twice yields the same text: nothing to do.
    if (isNotModified(err)) return;
    if (!(err instanceof GrammyError) || err.error_code !== 400) throw err;
    await sendAnswer(ctx, ux, answer, options);
    return;
  }
  const last = rest.length > 0 ? await sendChunks(ctx, { chunks: rest, ...(rendered.keyboard ? { keyboard: rendered.keyboard } : {}) }) : ctx.callbackQuery?.message;
  remember(ux, ctx, last, answer, options.question);
  await sendChart(ctx, ux, answer, last?.message_id);
}
