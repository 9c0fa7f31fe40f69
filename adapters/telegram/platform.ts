/**
 * Telegram as a runtime Platform: long polling, or a webhook served on the
 * shared port at the path of TELEGRAM_WEBHOOK_URL.
 */
import type { Platform, PlatformDeps } from '../runtime/platform.js';
import { whenReady } from '../runtime/platform.js';
import { createTelegramBot, type TelegramConfig } from './bot.js';
import { setCommands } from './commands.js';
import { waitForInFlight } from './inflight.js';
import { startPolling, type Polling } from './polling.js';
import { withoutToken } from './redact.js';
import { registerWebhook, telegramWebhookHandler } from './webhook.js';

/** Builds the Telegram platform; nothing reaches Telegram before start(). */
export function telegramPlatform(config: TelegramConfig, deps: PlatformDeps): Platform {
  const bot = createTelegramBot({ config, answers: deps.answers, logger: deps.logger });
  const prepare = async () => {
    await withoutToken(bot.token, () => bot.init());
    await setCommands(bot);
  };
  const { webhook } = config;
  if (webhook) {
    let ready = false;
    return {
      name: 'telegram',
      mode: () => 'webhook',
      routes: [{ path: webhook.path, handler: whenReady(() => ready, telegramWebhookHandler(bot, webhook.secret)) }],
      async start() {
        await prepare();
        ready = true;
        await registerWebhook(bot, webhook.url, webhook.secret);
      },
      async stop() {
        ready = false;
        await waitForInFlight(bot);
      },
    };
  }
  let polling: Polling | null = null;
  return {
    name: 'telegram',
    mode: () => 'polling',
    routes: [],
    async start() {
      await prepare();
      polling = await startPolling(bot, deps.logger);
    },
    stop: async () => {
      await polling?.stop();
    },
  };
}
