/**
 * Questions: a text message in a private chat, a mention of the bot or a
 * reply to it in a group, a photo's caption asked the same ways, and
 * `/ask question` anywhere. Each is answered by the shared answer service,
 * with the chat's follow-up state. A command the bot does not know and a
 * message it cannot read (a sticker, a voice note) get a short pointer.
 */
import type { CommandContext, Composer, Context } from 'grammy';
import { ui, type StringKey } from '../i18n/index.js';
import { addressedQuestion, isAddressed } from './addressing.js';
import { exampleRows, keyboardOf } from './keyboards.js';
import { replyTarget, sendAnswer, sendChunks } from './present.js';
import { escapeHtml } from './render.js';
import { conversationOf, uiLangOf, type TelegramUx } from './ux.js';

/** Answers a question in the chat it came from. */
export async function answerQuestion(ctx: Context, ux: TelegramUx, question: string): Promise<void> {
  const answer = await ux.answers.ask({ platform: 'telegram', conversation: conversationOf(ctx.chat!.id), text: question });
  await sendAnswer(ctx, ux, answer, { uiLang: await uiLangOf(ctx, ux, question), question }, replyTarget(ctx));
}

/** A short notice in the chat's language, with example questions under it. */
async function notice(ctx: Context, ux: TelegramUx, key: StringKey): Promise<void> {
  const lang = await uiLangOf(ctx, ux);
  const keyboard = keyboardOf(exampleRows(ux.answers.core().examples(lang), lang));
  await sendChunks(ctx, { chunks: [escapeHtml(ui(lang)(key))], ...(keyboard ? { keyboard } : {}) }, replyTarget(ctx));
}

/** `/ask question`, or how to use it. */
export async function onAsk(ctx: CommandContext<Context>, ux: TelegramUx): Promise<void> {
  const question = ctx.match.trim();
  if (question.length > 0) return answerQuestion(ctx, ux, question);
  await notice(ctx, ux, 'askUsage');
}

/**
 * True for a command this bot should say it does not know: any in a private
 * chat; in a group only one aimed at it by name (/x@thisbot), since a bare
 * /x there may be another bot's.
 */
function unknownCommandForMe(ctx: Context): 'mine' | 'other' | 'none' {
  const msg = ctx.message;
  const first = msg?.entities?.[0];
  if (!msg?.text || first?.type !== 'bot_command' || first.offset !== 0) return 'none';
  if (msg.chat.type === 'private') return 'mine';
  return msg.text.slice(0, first.length).includes('@') ? 'mine' : 'other';
}

/** Installs the question handlers, after the commands: what reaches them is not a known command. */
export function installQuestions(composer: Composer<Context>, ux: TelegramUx): void {
  composer.on('message:text', async (ctx, next) => {
    // The bot filter let through only commands for this bot; the known ones were handled.
    const command = unknownCommandForMe(ctx);
    if (command === 'mine') return notice(ctx, ux, 'unknownCommand');
    if (command === 'other') return next();
    const question = addressedQuestion(ctx.message, ctx.me);
    if (question === null) return next();
    await answerQuestion(ctx, ux, question);
  });
  composer.on('message:caption', async (ctx, next) => {
    const question = addressedQuestion(ctx.message, ctx.me);
    if (question === null || question.length === 0) return next();
    await answerQuestion(ctx, ux, question);
  });
  // Stickers, voice notes, photos without a caption: said to the bot, yet nothing to read.
  composer.on('message', async (ctx, next) => {
    const service = ctx.message.new_chat_members || ctx.message.left_chat_member || ctx.message.pinned_message;
    if (service || !isAddressed(ctx.message, ctx.me)) return next();
    await notice(ctx, ux, 'unreadable');
  });
}
