/**
 * Long polling through @grammyjs/runner: updates of different chats run
 * concurrently, those of one chat in order (the bot sequentializes per chat).
 */
import { run } from '@grammyjs/runner';
import type { Bot } from 'grammy';
import type { Logger } from 'pino';
import { SHUTDOWN_LIMIT_MS } from '../runtime/shutdown.js';
import { ALLOWED_UPDATES } from './bot.js';
import type { HandOff } from './handoff.js';
import { waitForInFlight } from './inflight.js';
import { loggableError, withoutToken } from './redact.js';

/** A running poller. */
export interface Polling {
  /** Stops fetching updates, then waits until every answer in flight is sent. */
  stop(): Promise<void>;
}

/** How long queued updates may wait at shutdown before they are handed to the next poller: half the shutdown limit. */
export const HAND_OFF_AFTER_MS = SHUTDOWN_LIMIT_MS / 2;

/** Waits for the answers in flight; what has not started by the hand-off time goes to the next poller. */
async function drain(bot: Bot, handOff: HandOff | undefined): Promise<void> {
  if (handOff) {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), HAND_OFF_AFTER_MS)));
    const done = await Promise.race([waitForInFlight(bot).then(() => 'done' as const), late]);
    clearTimeout(timer);
    if (done === 'late') await handOff.handOver();
  }
  await waitForInFlight(bot);
}

/**
 * Starts long polling, first answering what a previous poller handed over;
 * resolves once the bot knows itself and polling has begun. Errors never carry the token.
 */
export async function startPolling(bot: Bot, logger: Logger, handOff?: HandOff): Promise<Polling> {
  await withoutToken(bot.token, async () => {
    await bot.init();
    // Telegram refuses getUpdates while a webhook is set (409); grammY's bot.start() does the same.
    await bot.api.deleteWebhook();
  });
  await handOff?.replay(bot);
  const handle = run(bot, {
    runner: { fetch: { allowed_updates: ALLOWED_UPDATES }, silent: true },
  });
  logger.info({ platform: 'telegram', username: bot.botInfo.username }, 'telegram long polling started');
  handle.task()?.catch((err: unknown) => logger.error({ err: loggableError(err, bot.token), platform: 'telegram' }, 'telegram polling stopped on an error'));
  let stopping: Promise<void> | undefined;
  return {
    stop: () => {
      stopping ??= (async () => {
        if (handle.isRunning()) await handle.stop();
        await drain(bot, handOff);
        logger.info({ platform: 'telegram' }, 'telegram long polling stopped');
      })();
      return stopping;
    },
  };
}
