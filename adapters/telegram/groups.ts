/**
 * A greeting when the bot is added to a group: what it answers, how to ask
 * it there (privacy mode shows it only mentions, replies and commands), and
 * example questions as buttons.
 */
import type { Composer, Context } from 'grammy';
import { ui } from '../i18n/index.js';
import { isGroupChat } from './addressing.js';
import { exampleRows, keyboardOf } from './keyboards.js';
import { sendChunks } from './present.js';
import { escapeHtml } from './render.js';
import { uiLangOf, type TelegramUx } from './ux.js';

const ABSENT = new Set(['left', 'kicked']);
const PRESENT = new Set(['member', 'administrator', 'restricted']);

/** Installs the greeting on the bot's own membership changes. */
export function installGreeting(composer: Composer<Context>, ux: TelegramUx): void {
  composer.on('my_chat_member', async (ctx) => {
    const { chat, old_chat_member: before, new_chat_member: after } = ctx.myChatMember;
    if (!isGroupChat(chat.type) || !ABSENT.has(before.status) || !PRESENT.has(after.status)) return;
    const lang = await uiLangOf(ctx, ux);
    const about = ux.answers.core().about(lang);
    const text = ui(lang)('groupHello', { title: about.title, date: about.date, user: ctx.me.username });
    const keyboard = keyboardOf(exampleRows(ux.answers.core().examples(lang), lang));
    await sendChunks(ctx, { chunks: [escapeHtml(text)], ...(keyboard ? { keyboard } : {}) });
  });
}
