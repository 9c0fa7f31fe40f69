/**
 * Request bodies, read once and bounded: the server reads every POST body
 * before a route sees it, refusing one past the limit (413) without reading
 * the rest, so no request can make the process hold megabytes. The buffered
 * body is left on the request as `rawBody`, where Bolt's HTTPReceiver looks
 * for an already-read body and the Telegram webhook adapter reads it.
 */
import type { IncomingMessage } from 'node:http';

/** The largest body any route accepts: Slack and Telegram payloads are a few KiB. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** A request whose body has been read. */
export interface BufferedRequest extends IncomingMessage {
  rawBody: Buffer;
}

/** Thrown when a body is larger than the limit; the server answers 413. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`request body larger than ${limit} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

/** True when a request's body was already read. */
export function isBuffered(req: IncomingMessage): req is BufferedRequest {
  return Buffer.isBuffer((req as Partial<BufferedRequest>).rawBody);
}

/** Reads the body into `req.rawBody`, up to `limit` bytes. @throws BodyTooLargeError past it. */
export async function bufferBody(req: IncomingMessage, limit = BODY_LIMIT_BYTES): Promise<BufferedRequest> {
  if (isBuffered(req)) return req;
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLargeError(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLargeError(limit);
    chunks.push(chunk as Buffer);
  }
  const buffered = req as BufferedRequest;
  buffered.rawBody = Buffer.concat(chunks);
  return buffered;
}
