/**
 * What the end-to-end bench runs on: the load side in a worker thread or on
 * the bot's thread, the bot thread's CPU time, and bounded waits.
 */
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { BenchRow } from './core.js';
import { localLoadSide, type LoadSide } from './load.js';

export type Mode = 'worker' | 'in-process';
export const WHERE: Record<Mode, string> = { worker: 'load in a worker thread', 'in-process': 'load on the bot thread' };

export function perSecond(n: number, ms: number): string {
  return `${Math.round((n * 1000) / ms).toLocaleString('en-US')}/s`;
}

/**
 * CPU time of this (the bot's) thread so far, in ms, from Linux's
 * /proc/self/task/<tid>/stat (the main thread's id is the process id); it
 * excludes the load worker and V8's GC helper threads. Undefined elsewhere.
 */
export function botThreadCpuMs(): number | undefined {
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
export function cpuRow(what: string, n: number, cpuMs: number | undefined): BenchRow {
  const value = cpuMs === undefined || cpuMs <= 0 ? 'n/a' : `${((cpuMs * 1000) / n).toFixed(0)} µs; ${perSecond(n, cpuMs)}`;
  return { measure: `  bot-thread CPU per ${what}; ${what}s per CPU-second`, value, target: '' };
}

/** Waits for `promise`, but no longer than `ms`; the timer never outlives the wait. */
export async function atMost(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([promise, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/** The load side in a worker thread, its TypeScript loaded through tsx as in this thread. */
export async function workerLoadSide(): Promise<{ side: LoadSide; close(): Promise<void> }> {
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
export async function withLoadSide(what: string, mode: Mode, run: (side: LoadSide) => Promise<BenchRow[]>): Promise<BenchRow[]> {
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

