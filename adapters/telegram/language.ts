/**
 * `/lang zh` or `/lang en`: the chat's UI language (buttons, notices,
 * commands' texts). Answers keep following the language of each question.
 */
import type { Context } from 'grammy';
import { parseLang, ui } from '../i18n/index.js';
import { replyTarget, sendChunks } from './present.js';
import { escapeHtml } from './render.js';
import { conversationOf, uiLangOf, type TelegramUx } from './ux.js';

/** Sets the chat's language from the command's argument, or says how to. */
export async function setLanguage(ctx: Context, ux: TelegramUx, argument: string): Promise<void> {
  const chosen = parseLang(argument);
  if (!chosen) {
    const lang = await uiLangOf(ctx, ux);
    await sendChunks(ctx, { chunks: [escapeHtml(ui(lang)('langUsage', { current: ui(lang)('langName') }))] }, replyTarget(ctx));
    return;
  }
  await ux.prefs.set(conversationOf(ctx.chat!.id), chosen);
  await sendChunks(ctx, { chunks: [escapeHtml(ui(chosen)('langSet'))] }, replyTarget(ctx));
}
