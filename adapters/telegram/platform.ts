/**
 * Telegram as a runtime Platform: a webhook served on the shared port at the
 * path of TELEGRAM_WEBHOOK_URL (any replica), or long polling (one replica at
 * a time when the state is shared: see leased.ts).
 */
import type { Platform, PlatformDeps } from '../runtime/platform.js';
import { whenReady } from '../runtime/platform.js';
import { createTelegramBot, setCommands, type TelegramConfig } from './bot.js';
import { createHandOff } from './handoff.js';
import { storedPrefs } from '../i18n/prefs.js';
import { waitForInFlight } from './inflight.js';
import { pollUnderLease, type LeasedPolling } from './leased.js';
import { startPolling } from './polling.js';
import { withoutToken } from './redact.js';
import { registerWebhook, telegramWebhookHandler } from './webhook.js';

/** Builds the Telegram platform; nothing reaches Telegram before start(). */
export function telegramPlatform(config: TelegramConfig, deps: PlatformDeps): Platform {
  const handOff = config.webhook ? undefined : createHandOff(deps.state.backlog, deps.logger);
  const prefs = storedPrefs(deps.state.keys);
  const bot = createTelegramBot({ config, answers: deps.answers, logger: deps.logger, limits: deps.state.limits, prefs, ...(handOff ? { handOff } : {}) });
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
  let polling: LeasedPolling | null = null;
  return {
    name: 'telegram',
    mode: () => polling?.mode() ?? 'polling',
    routes: [],
    async start() {
      await prepare();
      // The lease is named after the bot: replicas of another bot poll on their own.
      const lease = deps.state.lease(`telegram:${bot.botInfo.id}`);
      const poll = () => startPolling(bot, deps.logger, handOff);
      polling = lease ? await pollUnderLease(lease, poll, deps.logger) : { mode: () => 'polling', stop: (await poll()).stop };
    },
    stop: async () => {
      await polling?.stop();
    },
  };
}
