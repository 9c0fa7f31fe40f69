/**
 * Sends a rendered answer: as new messages (split at 4096, the keyboard on
 * the last one, the first replying to the asking message in a group), or in
 * place of the message whose button was pressed.
 */
import { GrammyError, type Context, type InlineKeyboard } from 'grammy';
import type { Answer } from '../../src/index.js';
import type { AnswerService } from '../shared/answers.js';
import { answerKeyboard } from './keyboards.js';
import { renderAnswer, splitHtml } from './render.js';
import { isGroupChat } from './addressing.js';

/** An answer ready to send: HTML messages and the keyboard of the last one. */
export interface Rendered {
  chunks: string[];
  keyboard?: InlineKeyboard;
}

/** Renders an answer with its keyboard, in the answer's language. */
export function renderForTelegram(answers: AnswerService, answer: Answer): Rendered {
  const core = answers.core();
  const chunks = splitHtml(renderAnswer(answer, core.about(answer.lang).date));
  return { chunks, keyboard: answerKeyboard(answer, core.examples(answer.lang)) };
}

/** The message a reply should quote: the asking message in a group, none in a private chat. */
export function replyTarget(ctx: Context): number | undefined {
  return ctx.message && isGroupChat(ctx.chat?.type) ? ctx.message.message_id : undefined;
}

/** Sends messages in order; the first may reply to a message, the last carries the keyboard. */
export async function sendChunks(ctx: Context, rendered: Rendered, replyTo?: number): Promise<void> {
  const { chunks, keyboard } = rendered;
  for (const [i, chunk] of chunks.entries()) {
    await ctx.reply(chunk, {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...(i === 0 && replyTo !== undefined ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {}),
      ...(i === chunks.length - 1 && keyboard ? { reply_markup: keyboard } : {}),
    });
  }
}

function isNotModified(err: unknown): boolean {
  return err instanceof GrammyError && /message is not modified/i.test(err.description);
}

/**
 * Replaces the pressed button's message with the answer; the rest of a long
 * answer follows as new messages. If the message can no longer be edited
 * (too old, deleted), the answer is sent as a new message instead.
 */
export async function editInPlace(ctx: Context, rendered: Rendered): Promise<void> {
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
    await sendChunks(ctx, rendered);
    return;
  }
  if (rest.length > 0) await sendChunks(ctx, { chunks: rest, keyboard: rendered.keyboard });
}
