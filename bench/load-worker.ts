/**
 * The load side (bench/load.ts) in a worker thread, driven by messages from
 * bench/e2e.ts: `{ id, op, args }` in, `{ id, result }` or `{ id, error }` out.
 */
import { parentPort } from 'node:worker_threads';
import { localLoadSide, type LoadSide } from './load.js';

const side = localLoadSide();
const port = parentPort!;

port.on('message', (msg: { id: number; op: keyof LoadSide; args: unknown[] }) => {
  const fn = side[msg.op] as (...args: unknown[]) => Promise<unknown>;
  fn(...msg.args).then(
    (result) => port.postMessage({ id: msg.id, result }),
    (err: unknown) => port.postMessage({ id: msg.id, error: String(err instanceof Error ? err.stack : err) }),
  );
});
port.postMessage({ ready: true });
