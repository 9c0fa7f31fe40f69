/**
 * The Telegram bot factory: a grammY Bot with every handler, plugin and the
 * error handler installed. It builds nothing at import time and makes no
 * request until it is started (given botInfo, not even getMe).
 */
import { autoRetry } from '@grammyjs/auto-retry';
import { sequentialize } from '@grammyjs/runner';
import { Bot, BotError, type Context } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { Logger } from 'pino';
import type { CommandGroup } from '@grammyjs/commands';
import { createChartMaker, type ChartMaker } from '../charts/index.js';
import { ui } from '../i18n/index.js';
import { createMemoryPrefs, type LanguagePrefs } from '../i18n/prefs.js';
import type { AnswerService } from '../shared/answers.js';
import { isForMe } from './addressing.js';
import { attemptLogger } from './api-log.js';
import { installButtons } from './buttons.js';
import { commandGroup, installCommands, setUpProfile } from './commands.js';
import { installGreeting } from './groups.js';
import { inFlightCounter } from './inflight.js';
import type { HandOff } from './handoff.js';
import { installInline } from './inline.js';
import { rateLimiter } from './limits.js';
import { memoryLimits } from '../state/memory.js';
import type { Limiter, RatePolicy } from '../state/types.js';
import { replyTarget } from './present.js';
import { installQuestions } from './questions.js';
import { loggableError } from './redact.js';
import { createUx, langOf, type TelegramUx } from './ux.js';

/** What the runtime reads from the environment for Telegram. */
export interface TelegramConfig {
  token: string;
  /** Replaces https://api.telegram.org (a self-hosted Bot API server, or a test fake). */
  apiRoot?: string;
  webhook?: { url: string; secret: string; path: string };
}

/** What the Telegram bot is built from. */
export interface TelegramDeps {
  config: TelegramConfig;
  answers: AnswerService;
  logger: Logger;
  /** The bot's own user; given, the bot needs no getMe call (tests, faster start). */
  botInfo?: UserFromGetMe;
  /** The shared rate limits; without them, this process's memory under `rateLimit` (default policy). */
  limits?: { questions: Limiter; inline: Limiter };
  rateLimit?: RatePolicy;
  /** Draws answers' charts (default: one maker per bot, caching its charts). */
  charts?: ChartMaker;
  /** Chats' /lang settings (default: in memory). */
  prefs?: LanguagePrefs;
  /** Polling only: hands queued updates to the next poller at shutdown. */
  handOff?: HandOff;
}

/** The update types the bot handles; polling and the webhook ask Telegram for these only. */
export const ALLOWED_UPDATES = ['message', 'callback_query', 'inline_query', 'my_chat_member'] as const;

/** What setCommands needs of a built bot: its command group and shared state. */
const profiles = new WeakMap<Bot, { group: CommandGroup<Context>; ux: TelegramUx }>();

/** Logs a failed update with its context (never the user's text) and apologises in its chat. */
async function onError(error: BotError<Context>, logger: Logger, token: string): Promise<void> {
  const { ctx } = error;
  logger.error(
    { err: loggableError(error.error, token), platform: 'telegram', updateId: ctx.update.update_id, chatId: ctx.chat?.id, chatType: ctx.chat?.type, userId: ctx.from?.id },
    'telegram update failed',
  );
  if (!ctx.chat) return;
  const replyTo = replyTarget(ctx);
  try {
    await ctx.reply(ui(langOf(ctx.from?.language_code))('apology'), replyTo === undefined ? {} : { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } });
  } catch (err) {
    logger.warn({ err: loggableError(err, token), platform: 'telegram', chatId: ctx.chat.id }, 'could not send the apology');
  }
}

/** Builds the bot: all handlers, auto-retry, per-chat ordering, rate limits and bot.catch. */
export function createTelegramBot(deps: TelegramDeps): Bot {
  const { config, answers, logger } = deps;
  const bot = new Bot(config.token, {
    ...(deps.botInfo ? { botInfo: deps.botInfo } : {}),
    ...(config.apiRoot ? { client: { apiRoot: config.apiRoot } } : {}),
  });
  // Installed first, so it is the inner one: it sees every attempt auto-retry makes.
  bot.api.config.use(attemptLogger(logger, config.token));
  // 429 flood waits, 5xx and network errors are retried; a wait over two minutes fails the call instead.
  bot.api.config.use(autoRetry({ maxDelaySeconds: 120, maxRetryAttempts: 5 }));

  bot.use(inFlightCounter(bot));
  // bot.handleUpdate rethrows middleware errors (the webhook would answer 500 and
  // Telegram redeliver); the boundary handles them in every mode, as bot.catch does.
  const guarded = bot.errorBoundary((error) => onError(error, logger, config.token));
  // Concurrent across chats, in order within one: a follow-up never overtakes its question.
  if (deps.handOff) guarded.use(deps.handOff.arrive);
  guarded.use(sequentialize((ctx: Context) => ctx.chat?.id.toString()));
  if (deps.handOff) guarded.use(deps.handOff.begin);
  const forMe = guarded.filter(isForMe);
  forMe.use(rateLimiter(deps.limits ?? memoryLimits(deps.rateLimit), logger));
  const ux = createUx({ answers, logger, charts: deps.charts ?? createChartMaker(), prefs: deps.prefs ?? createMemoryPrefs() });
  const group = commandGroup(ux);
  installGreeting(forMe, ux);
  installCommands(forMe, ux, group);
  installButtons(forMe, ux);
  installInline(forMe, ux);
  installQuestions(forMe, ux);
  profiles.set(bot, { group, ux });

  // Errors outside the boundary (none expected) in polling mode.
  bot.catch((error) => onError(error, logger, config.token));
  return bot;
}

/**
 * Registers the bot's command menus (per scope and language) and its
 * descriptions with Telegram. Errors never carry the token.
 */
export async function setCommands(bot: Bot): Promise<void> {
  const profile = profiles.get(bot);
  if (!profile) throw new Error('setCommands needs a bot built by createTelegramBot');
  await setUpProfile(bot, profile.group, profile.ux);
}
