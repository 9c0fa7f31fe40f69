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
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import pino from 'pino';
import { createCore, DEFAULT_DATA_DIR, loadDataset, type Core } from '../src/index.js';
import { createAnswerService, type AnswerService } from '../adapters/shared/answers.js';
import { createMemorySessions } from '../adapters/shared/sessions.js';
import { createSlackApp } from '../adapters/slack/index.js';
import { createTelegramBot, startPolling } from '../adapters/telegram/index.js';
import { BOT_INFO, TOKEN } from '../tests/adapters/telegram/helpers.js';
import { peakMemory, type BenchRow } from './core.js';
import { localLoadSide, now, SLACK_SECRET, until, type LoadSide } from './load.js';

const logger = pino({ level: 'silent' });

const TELEGRAM = { warmup: 1000, updates: 5000, chats: 500, timeLimitMs: 20_000, target: '≥ 1000/s' };
const SLACK = { warmup: 600, requests: 3000, concurrency: 32, channels: 400, timeLimitMs: 20_000, target: '≥ 500/s' };

type Mode = 'worker' | 'in-process';
/** In-process first: it also warms this thread's JIT for the figure that counts, the worker run. */
const MODES: readonly Mode[] = ['in-process', 'worker'];
const WHERE: Record<Mode, string> = { worker: 'load in a worker thread', 'in-process': 'load on the bot thread' };

function answersOver(core: Core): AnswerService {
  return createAnswerService({ core: () => core, sessions: createMemorySessions(), logger });
}

function perSecond(n: number, ms: number): string {
  return `${Math.round((n * 1000) / ms).toLocaleString('en-US')}/s`;
}

/**
 * CPU time of this (the bot's) thread so far, in ms, from Linux's
 * /proc/self/task/<tid>/stat (the main thread's id is the process id); it
 * excludes the load worker and V8's GC helper threads. Undefined elsewhere.
 */
function botThreadCpuMs(): number | undefined {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime (fields 14 and 15 of stat(5)) in clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** A row: the bot thread's CPU per unit of work, and what one fully used core would then sustain. */
function cpuRow(what: string, n: number, cpuMs: number | undefined): BenchRow {
  const value = cpuMs === undefined || cpuMs <= 0 ? 'n/a' : `${((cpuMs * 1000) / n).toFixed(0)} µs; ${perSecond(n, cpuMs)}`;
  return { measure: `  bot-thread CPU per ${what}; ${what}s per CPU-second`, value, target: '' };
}

/** Waits for `promise`, but no longer than `ms`; the timer never outlives the wait. */
async function atMost(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([promise, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/** The load side in a worker thread, its TypeScript loaded through tsx as in this thread. */
async function workerLoadSide(): Promise<{ side: LoadSide; close(): Promise<void> }> {
  const tsx = import.meta.resolve('tsx/esm/api');
  // From bench/ under tsx or from the bundle in dist/: both sit one level below the project root.
  const entry = new URL('../bench/load-worker.ts', import.meta.url).href;
  const worker = new Worker(`import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`, { eval: true });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  let failure: Error | undefined;
  const failAll = (err: Error) => {
    failure ??= err;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  const ready = new Promise<void>((resolve, reject) => {
    worker.on('message', (msg: { ready?: true; id?: number; result?: unknown; error?: string }) => {
      if (msg.ready) return resolve();
      const p = pending.get(msg.id!);
      pending.delete(msg.id!);
      if (msg.error !== undefined) p?.reject(new Error(msg.error));
      else p?.resolve(msg.result);
    });
    worker.on('error', (err) => {
      reject(err);
      failAll(err);
    });
    worker.on('exit', (code) => failAll(new Error(`the load worker exited (${code})`)));
  });
  const call = (op: string, args: unknown[]) =>
    new Promise<unknown>((resolve, reject) => {
      if (failure) return reject(failure);
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, op, args });
    });
  const side = new Proxy({} as LoadSide, { get: (_target, op) => (...args: unknown[]) => call(String(op), args) });
  const close = async () => {
    await worker.terminate();
  };
  try {
    await atMost(ready, 15_000);
    if (failure) throw failure;
  } catch (err) {
    await close();
    throw err;
  }
  return { side, close };
}

/** Runs one measurement with its load side; a failure becomes a row of the table rather than the end of the bench. */
async function withLoadSide(what: string, mode: Mode, run: (side: LoadSide) => Promise<BenchRow[]>): Promise<BenchRow[]> {
  let worker: Awaited<ReturnType<typeof workerLoadSide>> | undefined;
  try {
    if (mode === 'worker') worker = await workerLoadSide();
    return await run(worker?.side ?? localLoadSide());
  } catch (err) {
    return [{ measure: `${what} (${WHERE[mode]})`, value: `failed: ${String(err).slice(0, 80)}`, target: '' }];
  } finally {
    await worker?.close();
  }
}

// --- Telegram -------------------------------------------------------------

async function benchTelegram(core: Core, side: LoadSide, mode: Mode): Promise<BenchRow[]> {
  const deadline = now() + TELEGRAM.timeLimitMs;
  const apiRoot = await side.telegramStart();
  const bot = createTelegramBot({
    config: { token: TOKEN, apiRoot },
    answers: answersOver(core),
    logger,
    botInfo: BOT_INFO,
    // The bench floods each chat on purpose; the default per-user limit would (rightly) drop most of it.
    rateLimit: { timeFrameMs: 60_000, limit: 1_000_000 },
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
  const label = `Telegram updates/s (${TELEGRAM.updates} updates, ${TELEGRAM.chats} chats, runner; ${WHERE[mode]})`;
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
    const n = TELEGRAM.updates;
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

async function benchSlack(core: Core, side: LoadSide, mode: Mode): Promise<BenchRow[]> {
  const deadline = now() + SLACK.timeLimitMs;
  const apiUrl = await side.slackStart();
  const handle = createSlackApp({ config: { botToken: 'xoxb-bench', signingSecret: SLACK_SECRET, apiUrl }, answers: answersOver(core), logger });
  const listener = handle.requestListener;
  if (!listener) throw new Error('the Slack app is not in HTTP mode');
  const server: Server = createServer(listener);
  const label = `Slack signed requests/s (${SLACK.requests} requests, ${SLACK.concurrency} concurrent; ${WHERE[mode]})`;
  try {
    await handle.start();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
    const warm = await side.slackLoad(url, SLACK.warmup, SLACK.concurrency, SLACK.channels, deadline);
    await side.slackPostedBy(warm.ok, deadline);
    const postedBefore = await side.slackPosted();
    const n = SLACK.requests;
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

/** The end-to-end rows of the bench table. */
export async function benchEndToEnd(): Promise<BenchRow[]> {
  const core = createCore(loadDataset(DEFAULT_DATA_DIR));
  const rows: BenchRow[] = [];
  for (const mode of MODES) rows.push(...(await withLoadSide('Telegram e2e', mode, (side) => benchTelegram(core, side, mode))));
  rows.push(peakMemory('after Telegram e2e, incl. the load worker'));
  for (const mode of MODES) rows.push(...(await withLoadSide('Slack e2e', mode, (side) => benchSlack(core, side, mode))));
  rows.push(peakMemory('after Slack e2e, incl. the load worker'));
  return rows;
}
