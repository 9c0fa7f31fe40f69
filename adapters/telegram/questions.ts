/**
 * Questions: a text message in a private chat, a mention of the bot or a
 * reply to it in a group, and `/ask question` anywhere. Each is answered by
 * the shared answer service, with the chat's follow-up state.
 */
import type { CommandContext, Composer, Context } from 'grammy';
import type { AnswerService } from '../shared/answers.js';
import { addressedQuestion } from './addressing.js';
import { examplesKeyboard } from './keyboards.js';
import { renderForTelegram, replyTarget, sendChunks } from './present.js';
import { escapeHtml } from './render.js';
import { langOf, texts } from './texts.js';

/** The conversation key of a chat: the core's follow-up state is kept per chat. */
export function conversationOf(chatId: number): string {
  return `tg:${chatId}`;
}

/** Answers a question in the chat it came from. */
export async function answerQuestion(ctx: Context, answers: AnswerService, question: string): Promise<void> {
  const chatId = ctx.chat!.id;
  const answer = await answers.ask({ platform: 'telegram', conversation: conversationOf(chatId), text: question });
  await sendChunks(ctx, renderForTelegram(answers, answer), replyTarget(ctx));
}

async function onAsk(ctx: CommandContext<Context>, answers: AnswerService): Promise<void> {
  const question = ctx.match.trim();
  if (question.length > 0) return answerQuestion(ctx, answers, question);
  const lang = langOf(ctx.from?.language_code);
  const keyboard = examplesKeyboard(answers.core().examples(lang), lang);
  await sendChunks(ctx, { chunks: [escapeHtml(texts(lang).askUsage)], ...(keyboard ? { keyboard } : {}) }, replyTarget(ctx));
}

/** Installs /ask and the plain-text question handler (after the other commands). */
export function installQuestions(composer: Composer<Context>, answers: AnswerService): void {
  composer.command('ask', (ctx) => onAsk(ctx, answers));
  composer.on('message:text', async (ctx, next) => {
    // Unknown commands fall through to here; they are not questions.
    if (ctx.message.entities?.[0]?.type === 'bot_command' && ctx.message.entities[0].offset === 0) return next();
    const question = addressedQuestion(ctx.message, ctx.me);
    if (question === null) return next();
    await answerQuestion(ctx, answers, question);
  });
}
