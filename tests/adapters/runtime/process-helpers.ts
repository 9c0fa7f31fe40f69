/**
 * Running the real entry point (dist/main.mjs, or `npm start`) in its own
 * process for the runtime tests: its output, its exit, its health check.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR } from '../../../src/index.js';

export { freePort } from '../state/redis-server.js';

/** The project root, where `npm start` runs. */
export const ROOT = join(DEFAULT_DATA_DIR, '..');

/** Bundles the entry points once (what `npm start` does first). */
export function build(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT });
}

/** A running bot process. */
export interface Run {
  child: ChildProcess;
  out: () => string;
  err: () => string;
  exit: Promise<number | null>;
}

/** Starts `node dist/main.mjs` (or another command) with only PATH and `env` set. */
export function start(env: Record<string, string>, command: string[] = [process.execPath, 'dist/main.mjs']): Run {
  const child = spawn(command[0]!, command.slice(1), { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, out: () => out, err: () => err, exit };
}

/** Polls an async check until it holds, or fails after `timeoutMs`. */
export async function eventually(check: () => Promise<boolean> | boolean, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** GET /healthz, or null when nothing answers. */
export async function health(port: number): Promise<{ status: number; body: Record<string, unknown> } | null> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  } catch {
    return null;
  }
}
