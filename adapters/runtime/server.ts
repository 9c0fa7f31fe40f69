/**
 * The one HTTP server on PORT: Slack events, the Telegram webhook and the
 * health check share it, so a deployment exposes a single port.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from 'pino';

import type { Handler, Route } from './platform.js';

/** What the server routes to. */
export interface Routes {
  /** The platforms' POST routes (Slack events, the Telegram webhook). */
  routes: readonly Route[];
  /** The body of GET /healthz. */
  health: () => Record<string, unknown>;
  /** True once shutdown began: health turns 503 so load balancers stop sending. */
  stopping: () => boolean;
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
        return () => send(res, routes.stopping() ? 503 : 200, { ...routes.health(), status: routes.stopping() ? 'stopping' : 'ok' });
      }
      if (req.method !== 'POST') return null;
      return routes.routes.find((r) => r.path === path)?.handler ?? null;
    };
    const handler = route();
    if (!handler) {
      send(res, 404, { error: 'not found' });
      return;
    }
    Promise.resolve()
      .then(() => handler(req, res))
      .catch((err: unknown) => {
        logger.error({ err, path }, 'request handler failed');
        if (!res.headersSent) send(res, 500, { error: 'internal error' });
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
