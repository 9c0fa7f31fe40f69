/**
 * Per-user rate limiting, with the policy and the counters Slack uses too
 * (rate-limiter-flexible, in Redis when the state is shared). Questions are
 * counted; button presses are not (they answer what the bot offered, and a
 * dropped press would leave a spinner). Over the limit a user gets one polite
 * notice per time frame and the rest of the flood is dropped. Inline queries
 * fire per keystroke, so they have their own, wider limit.
 */
import type { Context, MiddlewareFn } from 'grammy';
import type { Logger } from 'pino';
import type { Limiter } from '../state/types.js';
import { replyTarget } from './present.js';
import { ui } from '../i18n/index.js';
import { langOf } from './ux.js';

/** Whose questions a rate limit counts: one Telegram user. */
export function askerKey(userId: number): string {
  return `tg:${userId}`;
}

async function notice(ctx: Context, logger: Logger): Promise<void> {
  if (!ctx.chat) return;
  logger.info({ platform: 'telegram', chatId: ctx.chat.id }, 'rate limit reached, notice sent');
  const replyTo = replyTarget(ctx);
  await ctx.reply(ui(langOf(ctx.from?.language_code))('slowDown'), replyTo === undefined ? {} : { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } });
}

/** The rate-limiting middleware: questions per user, inline queries apart, presses free. */
export function rateLimiter(limits: { questions: Limiter; inline: Limiter }, logger: Logger): MiddlewareFn<Context> {
  return async (ctx, next) => {
    if (ctx.callbackQuery || !ctx.from) return next();
    const verdict = await (ctx.inlineQuery ? limits.inline : limits.questions).take(askerKey(ctx.from.id));
    if (verdict === 'allowed') return next();
    // An unanswered inline query just shows nothing new; no notice is possible.
    if (verdict === 'refused-first' && !ctx.inlineQuery) await notice(ctx, logger);
  };
}
