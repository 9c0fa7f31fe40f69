/**
 * Answers each Slack event once. Slack redelivers an event (X-Slack-Retry-Num
 * over HTTP, retry_attempt over Socket Mode) when it thinks the first delivery
 * failed, always with the same event_id; Bolt has acknowledged it by the time
 * middleware runs, so a repeat is simply dropped.
 *
 * A retry whose event_id this process never saw is answered: its first
 * delivery never reached us (or we restarted), so dropping it would leave the
 * user with no answer at all.
 */
import type { Middleware, AnyMiddlewareArgs } from '@slack/bolt';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';

/** Slack retries for about an hour at most; remember ids a little longer. */
const DEFAULT_TTL_MS = 2 * 60 * 60 * 1000;
const DEFAULT_MAX = 10_000;

/** A bounded, expiring memory of event ids. */
export interface EventDedupe {
  /** True if the id was seen before; otherwise remembers it and returns false. */
  seen(eventId: string): boolean;
}

/** Builds the memory of event ids. */
export function createEventDedupe(options: { max?: number; ttlMs?: number } = {}): EventDedupe {
  const ids = new LRUCache<string, true>({ max: options.max ?? DEFAULT_MAX, ttl: options.ttlMs ?? DEFAULT_TTL_MS });
  return {
    seen(eventId) {
      if (ids.has(eventId)) return true;
      ids.set(eventId, true);
      return false;
    },
  };
}

function eventIdOf(body: AnyMiddlewareArgs['body']): string | undefined {
  const id: unknown = (body as { event_id?: unknown }).event_id;
  return typeof id === 'string' && id.length > 0 ? id : undefined;
}

/** Global middleware: drops an event whose event_id was already handled. */
export function dedupeEvents(dedupe: EventDedupe, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const eventId = eventIdOf(body);
    if (eventId !== undefined && dedupe.seen(eventId)) {
      logger.info({ eventId, retryNum: context.retryNum, retryReason: context.retryReason }, 'repeated Slack event skipped');
      return;
    }
    await next();
  };
}
