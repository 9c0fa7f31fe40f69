/**
 * Updates queued at shutdown are answered, now or by the next poller. Long
 * polling confirms updates to Telegram as soon as the next batch is fetched,
 * so an update waiting behind a slow answer in its chat (per-chat order) is
 * Telegram's no longer: if the process stops before its turn, it is lost.
 * At shutdown, updates that have not started by the hand-off time are
 * written to the shared backlog and skipped here; the next process that
 * polls (this one restarted, or another replica) answers them first.
 */
import type { Bot, Context, MiddlewareFn } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from 'pino';
import type { Backlog } from '../state/types.js';

/** How many handed-over updates a poller takes at a time when it starts. */
const REPLAY_BATCH = 100;

/** Tracks updates between arrival and the start of their handling. */
export interface HandOff {
  /** Installed before the per-chat ordering: notes an update as queued. */
  arrive: MiddlewareFn<Context>;
  /** Installed after it: the update starts (or is skipped, when it was handed over). */
  begin: MiddlewareFn<Context>;
  /** Writes every queued update to the backlog; they will be skipped here. Resolves to how many. */
  handOver(): Promise<number>;
  /** Answers what a previous process handed over. */
  replay(bot: Bot): Promise<number>;
}

/** The hand-off of one bot over a backlog. */
export function createHandOff(backlog: Backlog, logger: Logger): HandOff {
  const queued = new Map<number, Update>();
  const handedOver = new Set<number>();
  return {
    arrive: async (ctx, next) => {
      queued.set(ctx.update.update_id, ctx.update);
      try {
        await next();
      } finally {
        queued.delete(ctx.update.update_id);
        handedOver.delete(ctx.update.update_id);
      }
    },
    begin: async (ctx, next) => {
      if (handedOver.has(ctx.update.update_id)) return;
      queued.delete(ctx.update.update_id);
      await next();
    },
    async handOver() {
      const updates = [...queued.values()].filter((u) => !handedOver.has(u.update_id));
      if (updates.length === 0) return 0;
      await backlog.push(updates.map((u) => JSON.stringify(u)));
      for (const u of updates) handedOver.add(u.update_id);
      logger.info({ platform: 'telegram', updates: updates.length }, 'queued updates handed over to the next poller');
      return updates.length;
    },
    async replay(bot) {
      let total = 0;
      for (let items = await backlog.take(REPLAY_BATCH); items.length > 0; items = await backlog.take(REPLAY_BATCH)) {
        total += items.length;
        for (const item of items) {
          // Not awaited one by one: chats run side by side, each in order, as when polled.
          void bot.handleUpdate(JSON.parse(item) as Update).catch((err: unknown) => logger.error({ err, platform: 'telegram' }, 'a handed-over update failed'));
        }
      }
      if (total > 0) logger.info({ platform: 'telegram', updates: total }, 'answering updates handed over by the previous poller');
      return total;
    },
  };
}
