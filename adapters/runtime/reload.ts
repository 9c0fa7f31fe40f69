/**
 * Holds the core in use and swaps it when the data files change (SIGHUP):
 * a reload that fails validation keeps the old data and logs why.
 */
import type { Logger } from 'pino';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheFileFor, createCore, DataError, loadDatasetCached, type Core } from '../../src/index.js';

/** The validated-data cache sits beside the running code (dist/ when bundled). */
const load = (dir: string) => loadDatasetCached(dir, cacheFileFor(dir, dirname(fileURLToPath(import.meta.url))));

/** The current core, replaceable while the bot runs. */
export interface CoreHolder {
  get(): Core;
  /** Loads the data again; true when the new data is in use. Never throws. */
  reload(): boolean;
}

/** Loads the data (throwing DataError if it is bad) and returns a holder for it. */
export function createCoreHolder(dataDir: string, logger: Logger): CoreHolder {
  let current = createCore(load(dataDir));
  return {
    get: () => current,
    reload() {
      try {
        const next = createCore(load(dataDir));
        current = next;
        logger.info({ version: next.about('en').version, facts: next.about('en').facts }, 'data reloaded');
        return true;
      } catch (err) {
        if (err instanceof DataError) {
          logger.error({ problems: err.problems }, 'data reload refused; still answering from the previous data');
        } else {
          logger.error({ err }, 'data reload failed; still answering from the previous data');
        }
        return false;
      }
    },
  };
}
