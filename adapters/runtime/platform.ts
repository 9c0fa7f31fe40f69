/**
 * The one shape every chat platform has for the runtime (after Bolt's
 * Receiver and grammY's webhookCallback adapters): a name, the HTTP routes it
 * serves on the shared port, and start/stop. The runtime is a map over the
 * configured platforms; it knows nothing else about them.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { AnswerService } from '../shared/answers.js';
import type { State } from '../state/types.js';

/** A node:http request handler. */
export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** A POST route a platform serves on the shared server. */
export interface Route {
  path: string;
  handler: Handler;
}

/** A configured chat platform. */
export interface Platform {
  readonly name: 'telegram' | 'slack';
  /** How it reaches its users now (polling, webhook, socket, http); may change once started. */
  mode(): string;
  /** Served from the moment the server listens; a route answers 503 until start() has finished. */
  readonly routes: readonly Route[];
  /** Reaches the platform (verifies tokens, registers webhooks, starts polling). */
  start(): Promise<void>;
  /** Stops taking work and waits for the answers in flight. */
  stop(): Promise<void>;
}

/** What every platform is built from. */
export interface PlatformDeps {
  answers: AnswerService;
  logger: Logger;
  state: State;
}

/** Wraps a route's handler so it answers 503 while `ready()` is false (Slack and Telegram retry later). */
export function whenReady(ready: () => boolean, handler: Handler): Handler {
  return (req, res) => {
    if (ready()) return handler(req, res);
    req.resume();
    res.writeHead(503, { 'retry-after': '1' }).end();
  };
}
