/**
 * End-to-end part of `npm run bench`: the adapters under load, over loopback
 * only, against the test fakes.
 *
 * - Telegram: N private-chat text updates queued in the fake Bot API, spread
 *   over many chats, fetched in batches by @grammyjs/runner (startPolling);
 *   timed from queueing until every update is handled, i.e. its sendMessage
 *   was answered by the fake.
 * - Slack: N signed `message.im` events POSTed to Bolt's HTTP receiver with
 *   bounded concurrency over keep-alive connections; timed until every request
 *   got its HTTP response, and until every resulting chat.postMessage reached
 *   the fake Web API.
 *
 * Each platform is measured twice: with the fakes and the request client in a
 * worker thread (bench/load-worker.ts), so the bot's thread does only the
 * bot's work, as in production — the figure compared with the target; and
 * with everything on the bot's thread, for comparison. Each run warms up
 * first, has a hard time limit, and closes what it opened, so the process exits.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { createCore, DEFAULT_DATA_DIR, loadDataset, type Core } from '../src/index.js';
import { createAnswerService, type AnswerService } from '../adapters/shared/answers.js';
import { memoryState, type State } from '../adapters/state/index.js';
import { createSlackApp } from '../adapters/slack/index.js';
import { createTelegramBot, startPolling } from '../adapters/telegram/index.js';
import { BOT_INFO, TOKEN } from '../tests/adapters/telegram/helpers.js';
import { peakMemory, type BenchRow } from './core.js';
import { now, SLACK_SECRET, until, type LoadSide } from './load.js';
import { atMost, botThreadCpuMs, cpuRow, perSecond, WHERE, withLoadSide, type Mode } from './harness.js';
import { BENCH_RATE, onRedis } from './state.js';
import { soakProcess } from './soak.js';

const logger = pino({ level: 'silent' });

const TELEGRAM = { warmup: 1000, chats: 500, timeLimitMs: 20_000, target: '≥ 1000/s' };
const SLACK = { warmup: 600, concurrency: 32, channels: 400, timeLimitMs: 20_000, target: '≥ 500/s' };

/** In-process first: it also warms this thread's JIT for the figure that counts, the worker run. */
const MODES: readonly Mode[] = ['in-process', 'worker'];

/** The state a measurement runs on: this process's memory, or Redis (see bench/state.ts). */
export interface BenchState {
  name: 'memory' | 'Redis';
  state: State;
}

function answersOver(core: Core, on: BenchState): AnswerService {
  return createAnswerService({ core: () => core, sessions: on.state.sessions, logger, recorder: on.state.curator });
}

/** How much work one measurement does (the soak runs smaller ones back to back). */
export interface Sizes {
  telegram: number;
  slack: number;
}

const FULL: Sizes = { telegram: 5000, slack: 3000 };

// --- Telegram -------------------------------------------------------------

export async function benchTelegram(core: Core, side: LoadSide, mode: Mode, on: BenchState, sizes: Sizes = FULL): Promise<BenchRow[]> {
  const deadline = now() + TELEGRAM.timeLimitMs;
  const apiRoot = await side.telegramStart();
  const bot = createTelegramBot({
    config: { token: TOKEN, apiRoot },
    answers: answersOver(core, on),
    logger,
    botInfo: BOT_INFO,
    // The bench floods each chat on purpose: its state has a limit the default policy would (rightly) not allow.
    limits: on.state.limits,
  });
  // Counts updates whose middleware finished, i.e. whose answers the fake has acknowledged.
  let handled = 0;
  const handleUpdate = bot.handleUpdate.bind(bot);
  bot.handleUpdate = async (update, webhookReplyEnvelope) => {
    try {
      return await handleUpdate(update, webhookReplyEnvelope);
    } finally {
      handled++;
    }
  };
  const label = `Telegram updates/s (${sizes.telegram} updates, ${TELEGRAM.chats} chats, ${on.name} state; ${WHERE[mode]})`;
  let polling: Awaited<ReturnType<typeof startPolling>> | undefined;
  try {
    polling = await startPolling(bot, logger);
    // Warm-up over as many chats as the timed run, so JIT, sockets to the fake and the runner's batching are warm.
    await side.telegramQueue(TELEGRAM.warmup, TELEGRAM.chats, 1_000_000);
    if (!(await until(() => handled >= TELEGRAM.warmup, deadline))) {
      return [{ measure: label, value: `warm-up timed out (${handled}/${TELEGRAM.warmup})`, target: TELEGRAM.target }];
    }
    const before = await side.telegramCounts();
    const handledBefore = handled;
    const n = sizes.telegram;
    const cpu0 = botThreadCpuMs();
    const t0 = now();
    await side.telegramQueue(n, TELEGRAM.chats, 2_000_000);
    const sentBy = side.telegramSentBy(before.sendMessage + n, deadline);
    const finished = await until(() => handled - handledBefore >= n, deadline);
    const ms = now() - t0;
    const cpu1 = botThreadCpuMs();
    const sentAt = await sentBy;
    const after = await side.telegramCounts();
    const done = handled - handledBefore;
    const fetches = after.getUpdates - before.getUpdates;
    return [
      { measure: label, value: finished ? perSecond(n, ms) : `${perSecond(done, ms)} (timed out, ${done}/${n})`, target: TELEGRAM.target },
      {
        measure: '  time to N sendMessage calls at the fake; getUpdates calls',
        value: `${sentAt === null ? 'n/a' : `${Math.round(sentAt - t0)} ms`}; ${fetches} (≈${Math.round(n / Math.max(1, fetches))}/batch)`,
        target: '',
      },
      cpuRow('update', done, cpu0 === undefined || cpu1 === undefined ? undefined : cpu1 - cpu0),
    ];
  } finally {
    // Stop fetching and wait (boundedly) for answers in flight; closing the fake then cuts any long poll left.
    if (polling) await atMost(polling.stop(), 5_000);
    await side.telegramStop();
  }
}

// --- Slack ----------------------------------------------------------------

export async function benchSlack(core: Core, side: LoadSide, mode: Mode, on: BenchState, sizes: Sizes = FULL): Promise<BenchRow[]> {
  const deadline = now() + SLACK.timeLimitMs;
  const apiUrl = await side.slackStart();
  const handle = createSlackApp({ config: { botToken: 'xoxb-bench', signingSecret: SLACK_SECRET, apiUrl }, answers: answersOver(core, on), logger, state: on.state });
  const listener = handle.requestListener;
  if (!listener) throw new Error('the Slack app is not in HTTP mode');
  const server: Server = createServer(listener);
  const label = `Slack signed requests/s (${sizes.slack} requests, ${SLACK.concurrency} concurrent, ${on.name} state; ${WHERE[mode]})`;
  try {
    await handle.start();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
    const warm = await side.slackLoad(url, SLACK.warmup, SLACK.concurrency, SLACK.channels, deadline);
    await side.slackPostedBy(warm.ok, deadline);
    const postedBefore = await side.slackPosted();
    const n = sizes.slack;
    const cpu0 = botThreadCpuMs();
    const { ok, failed, start, end } = await side.slackLoad(url, n, SLACK.concurrency, SLACK.channels, deadline);
    const postedAt = await side.slackPostedBy(postedBefore + ok, deadline);
    const cpu1 = botThreadCpuMs();
    const posted = (await side.slackPosted()) - postedBefore;
    return [
      { measure: label, value: ok === n ? perSecond(n, end - start) : `${perSecond(ok, end - start)} (${ok} ok, ${failed} failed of ${n})`, target: SLACK.target },
      {
        measure: '  time to all HTTP responses; to all chat.postMessage at the fake',
        value: `${Math.round(end - start)} ms; ${postedAt === null ? `timed out (${posted}/${ok})` : `${Math.round(postedAt - start)} ms`}`,
        target: '',
      },
      cpuRow('request', ok, cpu0 === undefined || cpu1 === undefined ? undefined : cpu1 - cpu0),
    ];
  } finally {
    await atMost(handle.stop(), 5_000);
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await side.slackStop();
  }
}

/** The end-to-end rows of the bench table: each platform on in-memory state (both modes), then on Redis, then the soak. */
export async function benchEndToEnd(): Promise<BenchRow[]> {
  const core = createCore(loadDataset(DEFAULT_DATA_DIR));
  const rows: BenchRow[] = [];
  const step = async (what: string, rowsOf: () => Promise<BenchRow[]>) => {
    // Progress on stderr: the whole run takes minutes, the table comes at the end.
    process.stderr.write(`bench: ${what}…\n`);
    rows.push(...(await rowsOf()));
  };
  const memory: BenchState = { name: 'memory', state: memoryState(BENCH_RATE) };
  for (const mode of MODES) await step(`Telegram, memory state, ${WHERE[mode]}`, () => withLoadSide('Telegram e2e', mode, (side) => benchTelegram(core, side, mode, memory)));
  await step('Telegram, Redis state', () => onRedis('Telegram e2e, Redis state', (redis) => withLoadSide('Telegram e2e', 'worker', (side) => benchTelegram(core, side, 'worker', redis))));
  rows.push(peakMemory('after Telegram e2e, incl. the load worker'));
  for (const mode of MODES) await step(`Slack, memory state, ${WHERE[mode]}`, () => withLoadSide('Slack e2e', mode, (side) => benchSlack(core, side, mode, memory)));
  await step('Slack, Redis state', () => onRedis('Slack e2e, Redis state', (redis) => withLoadSide('Slack e2e', 'worker', (side) => benchSlack(core, side, 'worker', redis))));
  rows.push(peakMemory('after Slack e2e, incl. the load worker'));
  await step('soak, 60 s', () => onRedis('soak', (_redis, url) => soakProcess(url)));
  return rows;
}
