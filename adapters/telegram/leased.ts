/**
 * Long polling under a lease: Telegram allows one getUpdates poller per
 * token, so with several replicas only the lease holder polls; the others
 * stand by and try again every few seconds, and take over within the lease's
 * lifetime when the holder dies. A holder that finds its lease taken stops
 * polling at once. While the store is unreachable the holder keeps polling
 * (nobody else can take the lease meanwhile).
 */
import type { Logger } from 'pino';
import type { Lease } from '../state/types.js';
import type { Polling } from './polling.js';

/** How often a standby replica tries to take the lease, and the holder renews it. */
export const LEASE_CHECK_MS = 3_000;

/** Polling that follows a lease. */
export interface LeasedPolling {
  /** 'polling' while this replica holds the lease, 'standby' otherwise. */
  mode(): 'polling' | 'standby';
  stop(): Promise<void>;
}

/** Starts following the lease; resolves after the first attempt to take it. */
export async function pollUnderLease(lease: Lease, startPolling: () => Promise<Polling>, logger: Logger): Promise<LeasedPolling> {
  let polling: Polling | null = null;
  let stopped = false;
  let busy: Promise<void> = Promise.resolve();

  const check = async () => {
    if (stopped) return;
    if (polling) {
      if ((await lease.renew()) !== 'lost') return;
      logger.warn({ platform: 'telegram' }, 'telegram polling lease taken by another replica; standing by');
      const running = polling;
      polling = null;
      await running.stop();
      return;
    }
    const taken = await lease.acquire().catch((err: unknown) => {
      logger.debug({ err }, 'could not reach the lease store');
      return false;
    });
    if (!taken || stopped) return;
    logger.info({ platform: 'telegram' }, 'telegram polling lease taken');
    polling = await startPolling();
  };
  const tick = () => {
    busy = busy.then(check).catch((err: unknown) => logger.error({ err, platform: 'telegram' }, 'telegram lease check failed'));
    return busy;
  };
  await tick();
  if (!polling) logger.info({ platform: 'telegram' }, 'another replica polls Telegram; standing by');
  const timer = setInterval(() => void tick(), LEASE_CHECK_MS);
  timer.unref();
  return {
    mode: () => (polling ? 'polling' : 'standby'),
    async stop() {
      stopped = true;
      clearInterval(timer);
      await busy;
      await polling?.stop();
      polling = null;
      await lease.release();
    },
  };
}
