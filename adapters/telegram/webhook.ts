/**
 * The webhook: a handler for the runtime's node:http server, built on
 * grammY's webhookCallback (which checks X-Telegram-Bot-Api-Secret-Token and
 * answers 401 on a mismatch), and its registration with setWebhook.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { webhookCallback, type Bot } from 'grammy';
import { ALLOWED_UPDATES } from './bot.js';
import { withoutToken } from './redact.js';

/**
 * Telegram waits about a minute for a webhook response and then redelivers
 * the update; answering 200 a little earlier, while the update finishes in the
 * background, avoids a duplicate answer.
 */
const WEBHOOK_TIMEOUT_MS = 50_000;

function respond(res: ServerResponse, status: number, body: string): void {
  if (!res.headersSent) res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  if (!res.writableEnded) res.end(body);
}

/**
 * The request handler: 405 for anything but POST, 401 for a wrong or missing
 * secret (the update is not handled), 400 for a body that is not JSON, and
 * 200 once the update has been handled.
 */
export function telegramWebhookHandler(bot: Bot, secret: string): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const callback = webhookCallback(bot, 'http', { secretToken: secret, onTimeout: 'return', timeoutMilliseconds: WEBHOOK_TIMEOUT_MS });
  return async (req, res) => {
    if (req.method !== 'POST') {
      respond(res, 405, 'method not allowed');
      return;
    }
    try {
      await callback(req, res);
    } catch (err) {
      // Middleware errors end in bot.catch; what reaches here is an unreadable body.
      respond(res, err instanceof SyntaxError ? 400 : 500, err instanceof SyntaxError ? 'bad request' : 'internal error');
    }
  };
}

/** Registers the webhook URL and secret with Telegram, for the update types the bot handles. Errors never carry the token. */
export async function registerWebhook(bot: Bot, url: string, secret: string): Promise<void> {
  await withoutToken(bot.token, () => bot.api.setWebhook(url, { secret_token: secret, allowed_updates: ALLOWED_UPDATES }));
}
