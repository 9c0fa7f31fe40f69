/**
 * 👍/👎 under an answer: one vote per user per answer (the message the
 * buttons are under names it), recorded in the curator store with the
 * question and the answer's facts, so `npm run report` shows the answers
 * users refuse most. The user sees a short notice, never a new message.
 */
import type { Context } from 'grammy';
import { ui, type StringKey } from '../i18n/index.js';
import { VoteError, type VoteOutcome } from '../shared/answers.js';
import type { CallbackAction } from './callbacks.js';
import { conversationOf, messageKey, type TelegramUx } from './ux.js';

const NOTICE: Record<VoteOutcome, StringKey> = { recorded: 'voteThanks', changed: 'voteChanged', duplicate: 'voteDuplicate' };

/** Counts a vote pressed under a message and tells the user. */
export async function castVote(ctx: Context, ux: TelegramUx, action: Extract<CallbackAction, { kind: 'vote' }>): Promise<void> {
  const t = ui(action.lang);
  const message = ctx.callbackQuery?.message;
  const chatId = ctx.chat!.id;
  const answerKey = messageKey(chatId, message?.message_id ?? 0);
  // Memory may have lost the answer (a restart); the fact on the button still says what it was about.
  const sent = ux.sent.get(answerKey) ?? { question: '', factIds: action.factId ? [action.factId] : [], lang: action.lang };
  try {
    const outcome = await ux.answers.vote({
      platform: 'telegram',
      conversation: conversationOf(chatId),
      user: String(ctx.from?.id ?? 0),
      answerKey,
      question: sent.question,
      factIds: sent.factIds,
      lang: sent.lang,
      vote: action.up ? 'up' : 'down',
    });
    await ctx.answerCallbackQuery({ text: t(NOTICE[outcome]) });
  } catch (err) {
    // The answer service has logged why; the user learns the vote did not count.
    if (!(err instanceof VoteError)) throw err;
    await ctx.answerCallbackQuery({ text: t('voteFailed') });
  }
}
