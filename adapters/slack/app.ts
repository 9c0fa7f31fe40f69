/**
 * Builds the Bolt app: Socket Mode when an app token is given, otherwise HTTP
 * with a request listener the runtime mounts at POST /slack/events. Nothing
 * touches the network until start().
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, HTTPReceiver, SocketModeReceiver, type AnyMiddlewareArgs, type AppOptions, type Middleware } from '@slack/bolt';
import type { Logger } from 'pino';
import type { AnswerService } from '../shared/answers.js';
import type { Adapter } from './adapter.js';
import { registerButtons } from './buttons.js';
import { registerCommand } from './commands.js';
import type { State } from '../state/types.js';
import { memoryKeys, memoryLimits } from '../state/memory.js';
import { dedupeEvents } from './dedupe.js';
import { guardSlackRequests } from './request-guard.js';
import { registerEvents } from './events.js';
import { boltLogger } from './logger.js';
import { createShareStore } from './shares.js';
import { registerFeedback } from './feedback.js';
import { registerShortcut } from './shortcut.js';
import { createChartMaker, type ChartMaker } from '../charts/index.js';
import { storedPrefs, type LanguagePrefs } from '../i18n/prefs.js';

/** The Slack credentials and endpoints, from the environment. */
export interface SlackConfig {
  botToken: string;
  signingSecret?: string;
  appToken?: string;
  apiUrl?: string;
}

/** What the Slack adapter is built from. */
export interface SlackDeps {
  config: SlackConfig;
  answers: AnswerService;
  logger: Logger;
  /** Shared state: event ids, share keys, rate limits (default: this process's memory, the default policy). */
  state?: Pick<State, 'keys' | 'limits'>;
  /** Draws answers' charts (default: one maker per app, caching its charts). */
  charts?: ChartMaker;
  /** Channels' `/figures lang` settings (default: in memory). */
  prefs?: LanguagePrefs;
}

/** A built Slack app and how the runtime runs it. */
export interface SlackHandle {
  app: App;
  mode: 'socket' | 'http';
  /** HTTP mode only: a node:http request listener serving POST /slack/events (signature + timestamp verified). */
  requestListener?: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  /** Socket mode: verifies the token and connects. HTTP mode: verifies the token, then the listener serves. */
  start(): Promise<void>;
  /** Stops taking work, lets answers in flight finish, disconnects. */
  stop(): Promise<void>;
}

/** The Web API client's options (Bolt re-exports no name for them). */
type WebClientOptions = NonNullable<AppOptions['clientOptions']>;

/**
 * Web API retries: Retry-After is always honoured first (the client pauses its
 * queue for it); after that a short backoff, since a chat answer that arrives
 * half an hour late is no answer.
 */
const RETRY: NonNullable<WebClientOptions['retryConfig']> = { retries: 5, factor: 2, minTimeout: 500, maxTimeout: 30_000, randomize: true };

/** Counts listener work in flight so stop() can wait for it. */
function tracker(): { middleware: Middleware<AnyMiddlewareArgs>; drain: () => Promise<void> } {
  const running = new Set<Promise<void>>();
  return {
    middleware: async ({ next }) => {
      const job = next();
      running.add(job);
      try {
        await job;
      } finally {
        running.delete(job);
      }
    },
    drain: async () => {
      await Promise.allSettled([...running]);
    },
  };
}

function clientOptions(config: SlackConfig): WebClientOptions {
  return { retryConfig: RETRY, ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}) };
}

function buildReceiver(config: SlackConfig, logger: Logger): HTTPReceiver | SocketModeReceiver {
  const log = boltLogger(logger);
  if (config.appToken) {
    return new SocketModeReceiver({ appToken: config.appToken, logger: log, installerOptions: { clientOptions: clientOptions(config) } });
  }
  if (!config.signingSecret) throw new Error('Slack HTTP mode needs SLACK_SIGNING_SECRET (or set SLACK_APP_TOKEN for Socket Mode)');
  return new HTTPReceiver({ signingSecret: config.signingSecret, endpoints: '/slack/events', logger: log, processBeforeResponse: false });
}

/** Builds the Slack app for the runtime (see SlackHandle). */
export function createSlackApp(deps: SlackDeps): SlackHandle {
  const logger = deps.logger.child({ platform: 'slack' });
  const receiver = buildReceiver(deps.config, logger);
  const app = new App({
    token: deps.config.botToken,
    receiver,
    logger: boltLogger(logger),
    clientOptions: clientOptions(deps.config),
    convoStore: false,
    // auth.test runs in start(), where a bad token fails loudly, not in the constructor.
    deferInitialization: true,
  });
  const work = tracker();
  app.use(work.middleware);
  const state = deps.state ?? { keys: memoryKeys(), limits: memoryLimits() };
  app.use(dedupeEvents(state.keys, logger));
  const adapter: Adapter = {
    answers: deps.answers,
    logger,
    shares: createShareStore(state.keys),
    limiter: state.limits.questions,
    charts: deps.charts ?? createChartMaker(),
    prefs: deps.prefs ?? storedPrefs(state.keys),
  };
  registerCommand(app, adapter);
  registerEvents(app, adapter);
  registerButtons(app, adapter);
  registerFeedback(app, adapter);
  registerShortcut(app, adapter);
  app.error(async (error) => {
    logger.error({ err: error }, 'Slack event failed outside a listener');
  });
  return receiver instanceof SocketModeReceiver
    ? socketHandle(app, receiver, work.drain)
    : httpHandle(app, receiver, work.drain, logger);
}

function socketHandle(app: App, receiver: SocketModeReceiver, drain: () => Promise<void>): SlackHandle {
  let started = false;
  return {
    app,
    mode: 'socket',
    async start() {
      await app.init();
      await app.start();
      started = true;
    },
    async stop() {
      if (!started) return;
      started = false;
      // Disconnect first so no new work arrives; work in flight only needs the Web API.
      await receiver.client.disconnect();
      await drain();
    },
  };
}

function httpHandle(app: App, receiver: HTTPReceiver, drain: () => Promise<void>, logger: Logger): SlackHandle {
  let ready = false;
  const bolt = guardSlackRequests((req, res) => receiver.requestListener(req, res), logger);
  const requestListener = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!ready) {
      // Not started (or stopping): Slack retries events later, and a user can retry a command.
      res.writeHead(503).end();
      return;
    }
    try {
      await bolt(req, res);
    } catch (err) {
      // Bolt throws for any path or method other than POST /slack/events.
      logger.debug({ err, url: req.url, method: req.method }, 'request outside /slack/events');
      if (!res.headersSent) res.writeHead(404).end();
    }
  };
  return {
    app,
    mode: 'http',
    requestListener,
    async start() {
      await app.init();
      ready = true;
    },
    async stop() {
      ready = false;
      await drain();
    },
  };
}
