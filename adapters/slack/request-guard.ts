/**
 * Checks a Slack HTTP request before Bolt sees it, for what Bolt lets
 * through: a timestamp in the future (Bolt only refuses old ones, so a
 * request signed for next year could be replayed all year), and a body that
 * is not an object (a signed `null` made Bolt throw outside any handler). The
 * body is read here, bounded, and left on the request where Bolt reads it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse } from 'node:querystring';
import type { Logger } from 'pino';
import { z } from 'zod';
import { BodyTooLargeError, bufferBody } from '../runtime/body.js';

/** How far in the past or future a request may be stamped: Slack's own five minutes. */
export const TIMESTAMP_WINDOW_S = 5 * 60;

const Payload = z.looseObject({});

/** The body as Slack sends it: a JSON object, or a form (with a JSON object in `payload` for interactions). */
function isSlackBody(raw: Buffer, contentType: string | undefined): boolean {
  const text = raw.toString('utf8');
  try {
    if (contentType?.startsWith('application/x-www-form-urlencoded')) {
      const form = parse(text);
      return typeof form.payload !== 'string' || Payload.safeParse(JSON.parse(form.payload)).success;
    }
    return Payload.safeParse(JSON.parse(text)).success;
  } catch {
    return false;
  }
}

function refuse(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(text);
}

/** Wraps Bolt's request listener with the checks above. */
export function guardSlackRequests(listener: (req: IncomingMessage, res: ServerResponse) => void, logger: Logger, now = () => Date.now()) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const stamp = Number(req.headers['x-slack-request-timestamp']);
    if (Number.isFinite(stamp) && stamp > now() / 1000 + TIMESTAMP_WINDOW_S) {
      logger.warn({ skewSeconds: Math.round(stamp - now() / 1000) }, 'Slack request stamped in the future; refused');
      refuse(res, 401, 'request timestamp is in the future');
      return;
    }
    let raw: Buffer;
    try {
      raw = (await bufferBody(req)).rawBody;
    } catch (err) {
      if (err instanceof BodyTooLargeError) res.setHeader('connection', 'close');
      refuse(res, err instanceof BodyTooLargeError ? 413 : 400, 'unreadable body');
      return;
    }
    if (!isSlackBody(raw, req.headers['content-type'])) {
      logger.warn('Slack request body is not an object; refused');
      refuse(res, 400, 'bad request');
      return;
    }
    listener(req, res);
  };
}
