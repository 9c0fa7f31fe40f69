/**
 * Long polling through @grammyjs/runner: updates of different chats run
 * concurrently, those of one chat in order (the bot sequentializes per chat).
 */
import { run } from '@grammyjs/runner';
import type { Bot } from 'grammy';
import type { Logger } from 'pino';
import { ALLOWED_UPDATES } from './bot.js';
import { waitForInFlight } from './inflight.js';
import { loggableError, withoutToken } from './redact.js';

/** A running poller. */
export interface Polling {
  /** Stops fetching updates, then waits until every answer in flight is sent. */
  stop(): Promise<void>;
}

/** Starts long polling; resolves once the bot knows itself and polling has begun. Errors never carry the token. */
export async function startPolling(bot: Bot, logger: Logger): Promise<Polling> {
  await withoutToken(bot.token, async () => {
    await bot.init();
    // Telegram refuses getUpdates while a webhook is set (409); grammY's bot.start() does the same.
    await bot.api.deleteWebhook();
  });
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
        await waitForInFlight(bot);
        logger.info({ platform: 'telegram' }, 'telegram long polling stopped');
      })();
      return stopping;
    },
  };
}
