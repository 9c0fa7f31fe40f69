/**
 * A lease in Redis: one holder at a time, kept by renewing it, lost to
 * another replica when the holder stops renewing (it died, or lost Redis
 * for longer than the lease lasts). Telegram allows one poller per token.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Lease } from './types.js';

/** How long a lease lasts without renewal. */
export const LEASE_TTL_MS = 10_000;

// Renew or release only a lease this holder owns.
const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

/** A lease named `name` for this process, held as a random holder id. */
export function redisLease(client: Redis, name: string, ttlMs = LEASE_TTL_MS): Lease {
  const key = `lease:${name}`;
  const holder = randomUUID();
  return {
    async acquire() {
      if ((await client.set(key, holder, 'PX', ttlMs, 'NX')) === 'OK') return true;
      return (await client.get(key)) === holder;
    },
    async renew() {
      try {
        return Number(await client.eval(RENEW, 1, key, holder, String(ttlMs))) === 1 ? 'held' : 'lost';
      } catch {
        return 'unknown';
      }
    },
    async release() {
      // Best effort at shutdown: a lease not released expires within its TTL anyway.
      await client.eval(RELEASE, 1, key, holder).catch(() => undefined);
    },
  };
}
