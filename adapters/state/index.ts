/**
 * Opens the state backend the configuration names: embedded (sessions and
 * curator records in SQLite under DATA_DIR, keys and limits in memory) or
 * Redis (everything shared, with this process's memory as the fallback while
 * Redis is unreachable).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import type { Config } from '../runtime/config.js';
import { curatorPath, openCuratorStore, type CuratorStore } from '../runtime/curator.js';
import { createMemorySessions } from '../shared/sessions.js';
import { DEFAULT_RATE_POLICY, INLINE_FACTOR, limiterOptions, limiterOver, memoryBacklog, memoryKeys, memoryLimits } from './memory.js';
import { redisCurator } from './redis-curator.js';
import { connectRedis, keysWithFallback, redisBacklog, redisKeys, type RedisLink } from './redis.js';
import { redisLease } from './lease.js';
import { keyedSessions, sqliteBacklog, sqliteSessions } from './sessions.js';
import type { Limiter, RatePolicy, State } from './types.js';

export type { Backlog, ExpiringStore, Lease, Limiter, LimitVerdict, RatePolicy, State, StateHealth } from './types.js';
export { DEFAULT_RATE_POLICY, memoryKeys, memoryLimits } from './memory.js';

/** Thrown when the state cannot be opened (DATA_DIR not writable, a database unreadable); carries the cause. */
export class StateError extends Error {
  constructor(message: string, options: { cause: unknown }) {
    super(message, options);
    this.name = 'StateError';
  }
}

/** What opening the state needs beyond the configuration. */
export interface StateOptions {
  logger: Logger;
  rate?: RatePolicy;
}

/** State held in this process only (tests, and tools that need no persistence). */
export function memoryState(rate: RatePolicy = DEFAULT_RATE_POLICY, curator: CuratorStore = openCuratorStore(':memory:')): State {
  return {
    sessions: createMemorySessions(),
    keys: memoryKeys(),
    limits: memoryLimits(rate),
    curator,
    backlog: memoryBacklog(),
    lease: () => null,
    health: () => ({ backend: 'memory' }),
    close: () => curator.close(),
  };
}

function embeddedState(config: Config, rate: RatePolicy): State {
  let curator: CuratorStore;
  let sessions: ReturnType<typeof sqliteSessions>;
  let backlog: ReturnType<typeof sqliteBacklog>;
  try {
    mkdirSync(config.dataDir, { recursive: true });
    curator = openCuratorStore(curatorPath(config.dataDir));
    sessions = sqliteSessions(join(config.dataDir, 'sessions.sqlite'), { ttlMs: config.sessionTtlMs });
    backlog = sqliteBacklog(join(config.dataDir, 'sessions.sqlite'));
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new StateError(`cannot keep state under DATA_DIR=${config.dataDir}: ${reason}`, { cause: err });
  }
  return {
    sessions,
    keys: memoryKeys(),
    limits: memoryLimits(rate),
    curator,
    backlog,
    lease: () => null,
    health: () => ({ backend: 'sqlite' }),
    close: async () => {
      backlog.close();
      sessions.close();
      await curator.close();
    },
  };
}

/** A limiter in Redis that counts in memory while Redis is unreachable (rate-limiter-flexible's insurance). */
function redisLimiter(link: RedisLink, rate: RatePolicy, prefix: string, factor: number): Limiter {
  const options = limiterOptions(rate, prefix, factor);
  const limiter = new RateLimiterRedis({ ...options, storeClient: link.client, rejectIfRedisNotReady: true, insuranceLimiter: new RateLimiterMemory(options) });
  return limiterOver(limiter, rate.limit * factor);
}

function redisState(url: string, config: Config, logger: Logger, rate: RatePolicy): State {
  const link = connectRedis(url, logger);
  const keys = keysWithFallback(redisKeys(link.client), link, logger);
  return {
    sessions: keyedSessions(keys, { ttlMs: config.sessionTtlMs }),
    keys,
    limits: { questions: redisLimiter(link, rate, 'limit:q', 1), inline: redisLimiter(link, rate, 'limit:i', INLINE_FACTOR) },
    curator: redisCurator(link.client),
    backlog: redisBacklog(link.client, 'telegram'),
    lease: (name) => redisLease(link.client, name),
    health: () => ({ backend: 'redis', connected: link.connected() }),
    close: () => link.close(),
  };
}

/** Opens the configured state. @throws StateError when the embedded store cannot be opened. */
export function openState(config: Config, options: StateOptions): State {
  const rate = options.rate ?? DEFAULT_RATE_POLICY;
  return config.state.kind === 'redis' ? redisState(config.state.url, config, options.logger, rate) : embeddedState(config, rate);
}
