/**
 * In-process state: expiring keys in an LRU cache and rate limits in memory,
 * for the embedded backend (one process) and as the fallback a Redis replica
 * uses while Redis is unreachable.
 */
import { LRUCache } from 'lru-cache';
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Backlog, ExpiringStore, Limiter, LimitVerdict, RatePolicy } from './types.js';

/** Expiring keys in memory, bounded (default 20,000 keys). */
export function memoryKeys(max = 20_000): ExpiringStore {
  const cache = new LRUCache<string, string>({ max, ttl: 1, ttlAutopurge: false, allowStale: false });
  return {
    claim: async (key, ttlMs) => {
      if (cache.has(key)) return false;
      cache.set(key, '1', { ttl: ttlMs });
      return true;
    },
    put: async (key, value, ttlMs) => {
      cache.set(key, value, { ttl: ttlMs });
    },
    get: async (key) => cache.get(key),
  };
}

/** A backlog in memory (lost with the process: for tests and the terminal). */
export function memoryBacklog(): Backlog {
  const items: string[] = [];
  return {
    push: async (more) => {
      items.push(...more);
    },
    take: async (max) => items.splice(0, max),
  };
}

/** The default: a person asks a question every few seconds at most; a script asks many more. */
export const DEFAULT_RATE_POLICY: RatePolicy = { timeFrameMs: 10_000, limit: 6 };

/** Typing "@bot 汉口银行…" in Telegram sends a query per pause in typing. */
export const INLINE_FACTOR = 5;

/** rate-limiter-flexible's options for a policy (its durations are whole seconds). */
export function limiterOptions(policy: RatePolicy, keyPrefix: string, factor = 1) {
  return { points: policy.limit * factor, duration: Math.max(1, Math.ceil(policy.timeFrameMs / 1000)), keyPrefix };
}

/** A Limiter over any rate-limiter-flexible limiter: a rejection carrying RateLimiterRes is a refusal, anything else a failure. */
export function limiterOver(limiter: RateLimiterAbstract, limit: number): Limiter {
  return {
    async take(key): Promise<LimitVerdict> {
      try {
        await limiter.consume(key);
        return 'allowed';
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        return refusal.consumedPoints === limit + 1 ? 'refused-first' : 'refused';
      }
    },
  };
}

/** In-memory limiters for questions and inline queries under one policy. */
export function memoryLimits(policy: RatePolicy = DEFAULT_RATE_POLICY): { questions: Limiter; inline: Limiter } {
  return {
    questions: limiterOver(new RateLimiterMemory(limiterOptions(policy, 'q')), policy.limit),
    inline: limiterOver(new RateLimiterMemory(limiterOptions(policy, 'i', INLINE_FACTOR)), policy.limit * INLINE_FACTOR),
  };
}
