/**
 * Checks of the Telegram settings the runtime reads from the environment.
 * Messages name the variable and never echo its value: a token in a log is a
 * leaked token.
 */
import { z } from 'zod';

/** A bot token as BotFather issues it: the bot's numeric id, a colon, 35 characters. */
const TOKEN = /^\d{1,20}:[A-Za-z0-9_-]{35}$/;

/** The TELEGRAM_BOT_TOKEN check; surrounding whitespace (a pasted newline) is dropped. */
export const telegramTokenSchema: z.ZodType<string> = z
  .string({ error: 'TELEGRAM_BOT_TOKEN must be set' })
  .trim()
  .regex(TOKEN, { error: 'TELEGRAM_BOT_TOKEN is malformed: expected the bot id, a colon and 35 letters, digits, - or _ (as BotFather gives it)' });

/** The TELEGRAM_WEBHOOK_SECRET check: Telegram accepts 1-256 of A-Z, a-z, 0-9, _ and -. */
export const telegramWebhookSecretSchema: z.ZodType<string> = z
  .string({ error: 'TELEGRAM_WEBHOOK_SECRET must be set when TELEGRAM_WEBHOOK_URL is' })
  .regex(/^[A-Za-z0-9_-]{1,256}$/, { error: 'TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -' });
