/**
 * The Telegram adapter's public surface, as the runtime uses it: build the
 * bot, register its commands, then run it by long polling or by webhook.
 */
export { createTelegramBot, ALLOWED_UPDATES, type TelegramConfig, type TelegramDeps } from './bot.js';
export { telegramTokenSchema, telegramWebhookSecretSchema } from './token.js';
export { setCommands } from './bot.js';
export { startPolling, type Polling } from './polling.js';
export { telegramWebhookHandler, registerWebhook } from './webhook.js';
export { waitForInFlight } from './inflight.js';
export { loggableError, redactToken } from './redact.js';
