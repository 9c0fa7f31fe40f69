/**
 * The Redis connection (ioredis) and the expiring keys on it. Commands fail
 * at once while Redis is unreachable (no offline queue), so a replica that
 * loses Redis keeps answering from its own memory, says so once in the log
 * and in /healthz, and goes back to Redis when it returns.
 */
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { safeUrl } from '../runtime/config.js';
import { memoryKeys } from './memory.js';
import type { Backlog, ExpiringStore } from './types.js';

/** Every key this bot writes starts with this, so it can share a Redis with others. */
export const KEY_PREFIX = 'figures:';

/** A Redis connection that knows whether it is up. */
export interface RedisLink {
  client: Redis;
  connected(): boolean;
  close(): Promise<void>;
}

/** Connects to Redis, logging each change between reachable and unreachable once. Never throws: an unreachable Redis is retried. */
export function connectRedis(url: string, logger: Logger): RedisLink {
  const where = safeUrl(url);
  const client = new Redis(url, {
    keyPrefix: KEY_PREFIX,
    lazyConnect: false,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    // Commands issued in the same tick travel in one write: many conversations, few round trips.
    enableAutoPipelining: true,
    connectTimeout: 2_000,
    commandTimeout: 2_000,
    // Reconnect for ever, at most every 2 s: Redis coming back must be noticed.
    retryStrategy: (times) => Math.min(100 * times, 2_000),
  });
  let up = false;
  let warned = false;
  client.on('ready', () => {
    up = true;
    warned = false;
    logger.info({ state: 'redis', url: where }, 'Redis reachable: conversations and limits are shared');
  });
  const down = (err?: Error) => {
    up = false;
    if (warned) return;
    warned = true;
    logger.warn({ state: 'redis', url: where, reason: err?.message }, 'Redis unreachable: answering without shared memory until it returns');
  };
  // Without an 'error' listener an unreachable Redis would end the process.
  client.on('error', down);
  client.on('close', () => down());
  return {
    client,
    connected: () => up && client.status === 'ready',
    close: async () => {
      client.removeAllListeners('close');
      await client.quit().catch(() => client.disconnect());
    },
  };
}

/** Resolves once the connection is ready. @throws Error when it is not within `timeoutMs`. */
export async function untilReady(link: RedisLink, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!link.connected()) {
    if (Date.now() > deadline) throw new Error(`Redis did not answer within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Expiring keys in Redis. */
export function redisKeys(client: Redis): ExpiringStore {
  return {
    claim: async (key, ttlMs) => (await client.set(key, '1', 'PX', ttlMs, 'NX')) === 'OK',
    put: async (key, value, ttlMs) => {
      await client.set(key, value, 'PX', ttlMs);
    },
    get: async (key) => (await client.get(key)) ?? undefined,
  };
}

/** A backlog as a Redis list. */
export function redisBacklog(client: Redis, name: string): Backlog {
  const key = `backlog:${name}`;
  return {
    push: async (items) => {
      if (items.length > 0) await client.rpush(key, ...items);
    },
    take: async (max) => (await client.lpop(key, max)) ?? [],
  };
}

/**
 * Redis keys with an in-process fallback: while Redis fails, keys live in
 * this process's memory (a retry on another replica may then be answered
 * twice, a follow-up lose its context), and nothing fails for the user.
 */
export function keysWithFallback(primary: ExpiringStore, link: Pick<RedisLink, 'connected'>, logger: Logger): ExpiringStore {
  const local = memoryKeys();
  const attempt = async <T>(what: string, redis: () => Promise<T>, fallback: () => Promise<T>): Promise<T> => {
    if (!link.connected()) return fallback();
    try {
      return await redis();
    } catch (err) {
      logger.debug({ err, what }, 'Redis command failed; using this replica’s memory');
      return fallback();
    }
  };
  return {
    claim: (key, ttlMs) => attempt('claim', () => primary.claim(key, ttlMs), () => local.claim(key, ttlMs)),
    put: (key, value, ttlMs) => attempt('put', () => primary.put(key, value, ttlMs), () => local.put(key, value, ttlMs)),
    // A key written while Redis was down is still found here after it returns.
    get: (key) => attempt('get', async () => (await primary.get(key)) ?? (await local.get(key)), () => local.get(key)),
  };
}
