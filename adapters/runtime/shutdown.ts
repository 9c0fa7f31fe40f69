/**
 * Graceful shutdown on SIGTERM/SIGINT: stop taking new work, let answers in
 * flight finish, close servers and the state, exit 0 — or exit 1 if that
 * takes longer than the limit, so a stuck connection never hangs a deploy.
 * A second signal while stopping is logged and ignored: an impatient
 * operator (or a process manager sending SIGINT then SIGTERM) must not cut
 * off the answers being finished. The limit still bounds the wait.
 */
import type { Logger } from 'pino';

/** How long shutdown may take before the process exits anyway. */
export const SHUTDOWN_LIMIT_MS = 10_000;

/** Runs `stop` once on the first SIGTERM or SIGINT, then exits. */
export function onShutdown(logger: Logger, stop: () => Promise<void>, limitMs = SHUTDOWN_LIMIT_MS): void {
  let started = false;
  const handler = (signal: NodeJS.Signals) => {
    if (started) {
      logger.warn({ signal }, 'already shutting down; finishing the answers in flight first');
      return;
    }
    started = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error({ limitMs }, 'shutdown took too long; exiting');
      logger.flush?.();
      process.exit(1);
    }, limitMs);
    force.unref();
    stop()
      .then(() => {
        logger.info('stopped');
        logger.flush?.();
        process.exit(0);
      })
      .catch((err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        logger.flush?.();
        process.exit(1);
      });
  };
  process.on('SIGTERM', handler);
  process.on('SIGINT', handler);
}

/**
 * The last line of defence: an error that escapes every handler (a library
 * throwing from a callback, a promise nobody awaited) is logged and the
 * process goes on serving the other users and platforms. Each handler
 * catches its own errors; reaching this is a bug to fix, and the log says so.
 */
export function guardProcess(logger: Logger): void {
  process.on('uncaughtException', (err, origin) => {
    logger.error({ err, origin }, 'an error escaped every handler; still running');
  });
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason }, 'a rejected promise was not handled; still running');
  });
}
