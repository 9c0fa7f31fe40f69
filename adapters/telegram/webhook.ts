/**
 * The webhook: a handler for the runtime's node:http server, built on
 * grammY's webhookCallback with an adapter that reads the body the server
 * already read (bounded) and checks it is an update (zod) before grammY sees
 * it; webhookCallback checks X-Telegram-Bot-Api-Secret-Token (401 on a
 * mismatch). Registration is setWebhook.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { webhookCallback, type Bot } from 'grammy';
import type { Update } from 'grammy/types';
import { z } from 'zod';
import { bufferBody } from '../runtime/body.js';
import { ALLOWED_UPDATES } from './bot.js';
import { withoutToken } from './redact.js';

/**
 * Telegram waits about a minute for a webhook response and then redelivers
 * the update; answering 200 a little earlier, while the update finishes in the
 * background, avoids a duplicate answer.
 */
const WEBHOOK_TIMEOUT_MS = 50_000;

/** The least an update is: an object with an integer update_id (grammY reads the rest). */
const UpdateShape = z.looseObject({ update_id: z.number().int().nonnegative() });

/** Thrown for a body that is not a Telegram update; answered 400. */
export class NotAnUpdateError extends Error {
  constructor(options: { cause?: unknown } = {}) {
    super('the request body is not a Telegram update', options);
    this.name = 'NotAnUpdateError';
  }
}

function respond(res: ServerResponse, status: number, body: string): void {
  if (!res.headersSent) res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  if (!res.writableEnded) res.end(body);
}

async function readUpdate(req: IncomingMessage): Promise<Update> {
  const { rawBody } = await bufferBody(req);
  let value: unknown;
  try {
    value = JSON.parse(rawBody.toString('utf8'));
  } catch (err) {
    throw new NotAnUpdateError({ cause: err });
  }
  if (!UpdateShape.safeParse(value).success) throw new NotAnUpdateError();
  return value as Update;
}

/** grammY's framework adapter for node:http, over the already-read body. */
function bufferedHttp(req: IncomingMessage, res: ServerResponse) {
  const header = req.headers['x-telegram-bot-api-secret-token'];
  return {
    // Read only when grammY asks (after the secret check), so a refused request never reads a body.
    get update() {
      return readUpdate(req);
    },
    header: Array.isArray(header) ? header[0] : header,
    end: () => respond(res, 200, ''),
    respond: (json: string) => {
      if (!res.headersSent) res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(json);
    },
    unauthorized: () => respond(res, 401, 'secret token is wrong'),
  };
}

/**
 * The request handler: 405 for anything but POST, 401 for a wrong or missing
 * secret (the update is not handled), 400 for a body that is not an update,
 * and 200 once the update has been handled.
 */
export function telegramWebhookHandler(bot: Bot, secret: string): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const callback = webhookCallback(bot, bufferedHttp, { secretToken: secret, onTimeout: 'return', timeoutMilliseconds: WEBHOOK_TIMEOUT_MS });
  return async (req, res) => {
    if (req.method !== 'POST') {
      respond(res, 405, 'method not allowed');
      return;
    }
    try {
      await callback(req, res);
    } catch (err) {
      // Middleware errors end in the bot's error boundary; what reaches here is an unreadable body.
      if (err instanceof NotAnUpdateError) respond(res, 400, 'bad request');
      else throw err;
    }
  };
}

/** Registers the webhook URL and secret with Telegram, for the update types the bot handles. Errors never carry the token. */
export async function registerWebhook(bot: Bot, url: string, secret: string): Promise<void> {
  await withoutToken(bot.token, () => bot.api.setWebhook(url, { secret_token: secret, allowed_updates: ALLOWED_UPDATES }));
}
