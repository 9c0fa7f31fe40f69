/**
 * Counts the updates a bot is handling, so shutdown can wait until every
 * answer in flight has been sent. The runner's own stop() does not wait for
 * concurrently running middleware, and a webhook may outlive its request.
 */
import type { Bot, Context, MiddlewareFn } from 'grammy';

interface Tracker {
  count: number;
  idle: (() => void)[];
}

const trackers = new WeakMap<object, Tracker>();

function trackerOf(bot: object): Tracker {
  let tracker = trackers.get(bot);
  if (!tracker) {
    tracker = { count: 0, idle: [] };
    trackers.set(bot, tracker);
  }
  return tracker;
}

/** Middleware (installed first) that counts the updates of `bot` in flight. */
export function inFlightCounter(bot: object): MiddlewareFn<Context> {
  const tracker = trackerOf(bot);
  return async (_ctx, next) => {
    tracker.count += 1;
    try {
      await next();
    } finally {
      tracker.count -= 1;
      if (tracker.count === 0) for (const resolve of tracker.idle.splice(0)) resolve();
    }
  };
}

/** Resolves once the bot handles no update (at once if it is idle). */
export function waitForInFlight(bot: Bot): Promise<void> {
  const tracker = trackerOf(bot);
  if (tracker.count === 0) return Promise.resolve();
  return new Promise((resolve) => tracker.idle.push(resolve));
}
