/**
 * Graceful shutdown on SIGTERM/SIGINT: stop taking new work, let answers in
 * flight finish, close servers and the database, exit 0 — or exit 1 if that
 * takes longer than 10 seconds, so a stuck connection never hangs a deploy.
 */
import type { Logger } from 'pino';

/** How long shutdown may take before the process exits anyway. */
export const SHUTDOWN_LIMIT_MS = 10_000;

/** Runs `stop` once on the first SIGTERM or SIGINT, then exits. */
export function onShutdown(logger: Logger, stop: () => Promise<void>): void {
  let started = false;
  const handler = (signal: NodeJS.Signals) => {
    if (started) return;
    started = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error({ limitMs: SHUTDOWN_LIMIT_MS }, 'shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS);
    force.unref();
    stop()
      .then(() => {
        logger.info('stopped');
        logger.flush?.();
        process.exit(0);
      })
      .catch((err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.once('SIGTERM', handler);
  process.once('SIGINT', handler);
}
