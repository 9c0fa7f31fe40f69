/**
 * Per-user rate limiting with @grammyjs/ratelimiter. Over the limit, a user
 * gets one polite notice per time frame and the rest of the flood is dropped;
 * a dropped button press is still answered (silently) so it stops spinning.
 * Inline queries fire per keystroke, so they have their own, wider limit.
 */
import { limit } from '@grammyjs/ratelimiter';
import { Composer, type Context } from 'grammy';
import type { Logger } from 'pino';
import { replyTarget } from './present.js';
import { langOf, texts } from './texts.js';

/** How many updates a user may send in a time frame. */
export interface RateLimit {
  timeFrameMs: number;
  limit: number;
}

/** A person asks a question every few seconds at most; a script asks many more. */
export const DEFAULT_RATE_LIMIT: RateLimit = { timeFrameMs: 10_000, limit: 6 };

/** Typing "@bot 汉口银行…" sends a query per pause in typing. */
const INLINE_FACTOR = 5;

/** Remembers whom a notice was sent to, so a flood gets one notice per time frame. */
function noticeGate(timeFrameMs: number): (user: string) => boolean {
  const last = new Map<string, number>();
  return (user) => {
    const now = Date.now();
    const at = last.get(user);
    if (at !== undefined && now - at < timeFrameMs) return false;
    if (last.size > 10_000) last.clear();
    last.set(user, now);
    return true;
  };
}

async function onFlood(ctx: Context, firstTime: boolean, logger: Logger): Promise<void> {
  const text = texts(langOf(ctx.from?.language_code)).slowDown;
  if (ctx.callbackQuery) {
    await ctx.answerCallbackQuery(firstTime ? { text } : {});
    return;
  }
  if (!firstTime || !ctx.chat) return;
  logger.info({ platform: 'telegram', chatId: ctx.chat.id }, 'rate limit reached, notice sent');
  const replyTo = replyTarget(ctx);
  await ctx.reply(text, replyTo === undefined ? {} : { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } });
}

/** The rate-limiting middleware: messages and presses per user, inline queries apart. */
export function rateLimiter(rate: RateLimit, logger: Logger): Composer<Context> {
  const firstNotice = noticeGate(rate.timeFrameMs);
  const composer = new Composer<Context>();
  composer.use(
    limit<Context, never>({
      timeFrame: rate.timeFrameMs,
      limit: rate.limit,
      alwaysReply: true,
      keyPrefix: 'TG_USER',
      keyGenerator: (ctx) => (ctx.inlineQuery ? undefined : ctx.from?.id.toString()),
      onLimitExceeded: (ctx) => onFlood(ctx, firstNotice(String(ctx.from?.id)), logger),
    }),
  );
  composer.use(
    limit<Context, never>({
      timeFrame: rate.timeFrameMs,
      limit: rate.limit * INLINE_FACTOR,
      keyPrefix: 'TG_INLINE',
      keyGenerator: (ctx) => (ctx.inlineQuery ? ctx.from?.id.toString() : undefined),
      // An unanswered inline query just shows nothing new; no notice is possible.
      onLimitExceeded: () => undefined,
    }),
  );
  return composer;
}
