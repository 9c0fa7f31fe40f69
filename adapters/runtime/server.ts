/**
 * The one HTTP server on PORT: Slack events, the Telegram webhook and the
 * health check share it, so a deployment exposes a single port. Every POST
 * body is read (bounded) before its route runs; a route's error is logged and
 * answered 500, never fatal.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { Logger } from 'pino';

import { BodyTooLargeError, bufferBody } from './body.js';
import type { Handler, Route } from './platform.js';

/** What the server routes to. */
export interface Routes {
  /** The platforms' POST routes (Slack events, the Telegram webhook). */
  routes: readonly Route[];
  /** The body of GET /healthz. */
  health: () => Record<string, unknown>;
  /** 'starting' until every platform has started, 'stopping' once shutdown began: health is 503 then, so load balancers wait. */
  phase: () => 'starting' | 'ok' | 'stopping';
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** Builds the server; the caller listens and closes it. */
export function createHttpServer(routes: Routes, logger: Logger): Server {
  return createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const route = (): Handler | null => {
      if (req.method === 'GET' && path === '/healthz') {
        return () => {
          const phase = routes.phase();
          send(res, phase === 'ok' ? 200 : 503, { ...routes.health(), status: phase });
        };
      }
      if (req.method !== 'POST') return null;
      return routes.routes.find((r) => r.path === path)?.handler ?? null;
    };
    const handler = route();
    if (!handler) {
      send(res, 404, { error: 'not found' });
      return;
    }
    const body = req.method === 'POST' ? bufferBody(req) : Promise.resolve(req);
    body
      .then((buffered) => handler(buffered, res))
      .catch((err: unknown) => {
        if (err instanceof BodyTooLargeError) {
          logger.warn({ path, limit: err.limit }, 'request body too large; refused');
          // The rest of the body is not read: the connection closes after the answer.
          res.setHeader('connection', 'close');
          if (!res.headersSent) send(res, 413, { error: 'request body too large' });
          return;
        }
        // A handler's error is logged and answered; it never ends the process.
        logger.error({ err, path }, 'request handler failed');
        if (!res.headersSent) send(res, 500, { error: 'internal error' });
        else if (!res.writableEnded) res.end();
      });
  });
}

/** Listens on a port; resolves once listening. */
export function listen(server: Server, port: number, host?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** Stops accepting, lets in-flight requests finish, then resolves. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}
