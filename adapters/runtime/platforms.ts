/**
 * Starts the configured platforms side by side: Telegram (long polling, or a
 * webhook on the shared server) and Slack (Socket Mode, or HTTP mode on the
 * shared server). Each returns how to stop it gracefully.
 */
import type { Logger } from 'pino';
import type { AnswerService } from '../shared/answers.js';
import type { Config } from './config.js';
import { createTelegramBot, registerWebhook, setCommands, startPolling, telegramWebhookHandler, waitForInFlight } from '../telegram/index.js';
import { createSlackApp } from '../slack/index.js';
import type { Routes } from './server.js';

/** A started platform. */
export interface RunningPlatform {
  name: 'telegram' | 'slack';
  mode: string;
  stop(): Promise<void>;
}

/** What starting the platforms yields: their stop handles and the routes they need on the server. */
export interface Started {
  platforms: RunningPlatform[];
  routes: Pick<Routes, 'slack' | 'telegram'>;
  /** Work to do once the server listens (registering the Telegram webhook). */
  afterListen: (() => Promise<void>)[];
}

/** How long reaching a platform at start-up may take: its clients retry network errors without end. */
const START_LIMIT_MS = 60_000;

/** Rejects when `work` takes longer than the start-up limit. */
async function withinStartLimit<T>(what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${START_LIMIT_MS / 1000} s`)), START_LIMIT_MS);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function startTelegram(config: NonNullable<Config['telegram']>, answers: AnswerService, logger: Logger, out: Started): Promise<void> {
  const bot = createTelegramBot({ config, answers, logger });
  await withinStartLimit('the Telegram Bot API', (async () => {
    await bot.init();
    await setCommands(bot);
  })());
  const { webhook } = config;
  if (webhook) {
    out.routes.telegram = { path: webhook.path, handler: telegramWebhookHandler(bot, webhook.secret) };
    out.afterListen.push(() => registerWebhook(bot, webhook.url, webhook.secret));
    out.platforms.push({ name: 'telegram', mode: 'webhook', stop: () => waitForInFlight(bot) });
    return;
  }
  const polling = await withinStartLimit('the Telegram Bot API', startPolling(bot, logger));
  out.platforms.push({ name: 'telegram', mode: 'polling', stop: () => polling.stop() });
}

async function startSlack(config: NonNullable<Config['slack']>, answers: AnswerService, logger: Logger, out: Started): Promise<void> {
  const slack = createSlackApp({ config, answers, logger });
  if (slack.requestListener) out.routes.slack = slack.requestListener;
  await withinStartLimit('the Slack API', slack.start());
  out.platforms.push({ name: 'slack', mode: slack.mode, stop: () => slack.stop() });
}

/** Starts every configured platform; none configured yields an empty list. */
export async function startPlatforms(config: Config, answers: AnswerService, logger: Logger): Promise<Started> {
  const out: Started = { platforms: [], routes: {}, afterListen: [] };
  if (config.telegram) await startTelegram(config.telegram, answers, logger, out);
  if (config.slack) await startSlack(config.slack, answers, logger, out);
  return out;
}
