/**
 * The bench on Redis state: a real redis-server started on a free loopback
 * port for the measurement (as the tests do) and stopped after it.
 */
import pino from 'pino';
import { loadConfig } from '../adapters/runtime/config.js';
import { openState, type RatePolicy } from '../adapters/state/index.js';
import { startRedis } from '../tests/adapters/state/redis-server.js';
import type { BenchRow } from './core.js';
import type { BenchState } from './e2e.js';
import { now } from './load.js';

/** The bench floods each user on purpose: a limit no run reaches. */
export const BENCH_RATE: RatePolicy = { timeFrameMs: 60_000, limit: 1_000_000_000 };

/** Runs `work` on Redis state; a Redis that cannot start becomes a row saying so. */
export async function onRedis(what: string, work: (on: BenchState, url: string) => Promise<BenchRow[]>): Promise<BenchRow[]> {
  let redis: Awaited<ReturnType<typeof startRedis>> | undefined;
  try {
    redis = await startRedis();
    const state = openState(loadConfig({ STATE_URL: redis.url }), { logger: pino({ level: 'silent' }), rate: BENCH_RATE });
    const deadline = now() + 5_000;
    while (!state.health().connected && now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    try {
      return await work({ name: 'Redis', state }, redis.url);
    } finally {
      await state.close();
    }
  } catch (err) {
    return [{ measure: what, value: `failed: ${String(err).slice(0, 100)}`, target: '' }];
  } finally {
    await redis?.stop();
  }
}
