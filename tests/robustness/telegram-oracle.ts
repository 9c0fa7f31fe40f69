/**
 * What is wrong with a reply as the Telegram adapter would send it, judged by
 * the same rules the fake Bot API enforces (bot-api-rules.ts) plus the shape
 * the renderer promises: every `<` it emits opens or closes one of its own
 * tags wrapping escaped text, so any other markup came from user or data text.
 */
import type { InlineKeyboard } from 'grammy';
import type { InlineQueryResultArticle } from 'grammy/types';
import { decodeCallback } from '../../adapters/telegram/callbacks.js';
import { TELEGRAM_TEXT_LIMIT } from '../../adapters/telegram/render.js';
import { callbackDataOf, messageProblem } from '../adapters/telegram/bot-api-rules.js';

// The line shapes renderAnswer produces (figure, scope/source, quote, plain). A new
// tag in the renderer must be added here, on purpose.
const LINE_SHAPES = [/^<b>[^<>]*<\/b>[^<>]*$/, /^<i>[^<>]*<\/i>$/, /^<blockquote>[^<>]*<\/blockquote>$/, /^[^<>]*$/];

/** Problems with one HTML message and the keyboard it carries (if any). */
export function messageProblems(html: string, keyboard?: InlineKeyboard): string[] {
  const problems: string[] = [];
  const refused = messageProblem(html, 'HTML', keyboard);
  if (refused) problems.push(refused);
  if (html.length > TELEGRAM_TEXT_LIMIT) problems.push(`message of ${html.length} characters`);
  // A lone surrogate has no UTF-8 form; the Bot API wants UTF-8 text, so it may refuse the message.
  if (!html.isWellFormed()) problems.push('message has a lone surrogate');
  for (const line of html.split('\n')) {
    if (!LINE_SHAPES.some((shape) => shape.test(line))) problems.push(`markup not made by the renderer: ${JSON.stringify(line.slice(0, 200))}`);
  }
  return problems;
}

/** Problems with a keyboard: unreadable or oversized callback_data, empty or ill-formed labels. */
export function keyboardProblems(keyboard: InlineKeyboard | undefined): string[] {
  const problems: string[] = [];
  for (const data of callbackDataOf(keyboard)) {
    if (Buffer.byteLength(data, 'utf8') > 64) problems.push(`callback_data of ${Buffer.byteLength(data, 'utf8')} bytes`);
    // A button the bot cannot read back would answer "expired" forever.
    if (decodeCallback(data) === undefined) problems.push(`callback_data the bot cannot read: ${data}`);
  }
  for (const button of keyboard?.inline_keyboard.flat() ?? []) {
    if (button.text.trim().length === 0) problems.push('button with an empty label');
    if (!button.text.isWellFormed()) problems.push('button label has a lone surrogate');
  }
  return problems;
}

/** Problems with a whole rendered reply: its messages in order, the keyboard on the last. */
export function replyProblems(rendered: { chunks: string[]; keyboard?: InlineKeyboard }): string[] {
  if (rendered.chunks.length === 0) return ['reply has no message'];
  const last = rendered.chunks.length - 1;
  return [
    ...rendered.chunks.flatMap((chunk, i) => messageProblems(chunk, i === last ? rendered.keyboard : undefined)),
    ...keyboardProblems(rendered.keyboard),
  ];
}

/** Problems with an inline-mode card: its id and the HTML message it posts. */
export function cardProblems(card: InlineQueryResultArticle): string[] {
  const problems: string[] = [];
  // Telegram wants 1 to 64 bytes of id per result.
  const idBytes = Buffer.byteLength(card.id, 'utf8');
  if (idBytes === 0 || idBytes > 64) problems.push(`result id of ${idBytes} bytes`);
  if (card.title.length === 0 || !card.title.isWellFormed()) problems.push('empty or ill-formed card title');
  if (card.description !== undefined && !card.description.isWellFormed()) problems.push('ill-formed card description');
  const content = card.input_message_content as { message_text: string; parse_mode?: string };
  problems.push(...messageProblems(content.message_text));
  return problems;
}

const ENTITY: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"' };

/** The text a Telegram user reads: tags dropped, entities decoded. */
export function visibleText(html: string): string {
  return html.replace(/<[^<>]*>/g, '').replace(/&(lt|gt|amp|quot);/g, (_m, name: string) => ENTITY[name] ?? '');
}
