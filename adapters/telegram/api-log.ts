/**
 * Logs each failed Bot API attempt. Installed before auto-retry, so it sees
 * every attempt auto-retry makes: without it a wrong TELEGRAM_API_ROOT or a
 * network outage would retry silently.
 */
import type { Transformer } from 'grammy';
import type { Logger } from 'pino';
import { loggableError } from './redact.js';

/** A transformer that warns about 429s, 5xx and network failures, without the token. */
export function attemptLogger(logger: Logger, token: string): Transformer {
  return async (prev, method, payload, signal) => {
    try {
      const res = await prev(method, payload, signal);
      if (!res.ok && (res.error_code === 429 || res.error_code >= 500)) {
        logger.warn({ platform: 'telegram', method, errorCode: res.error_code, retryAfter: res.parameters?.retry_after }, 'telegram api call refused');
      }
      return res;
    } catch (err) {
      // An aborted call is a stop (polling shutdown), not a failure.
      if (!signal?.aborted) logger.warn({ platform: 'telegram', method, err: loggableError(err, token) }, 'telegram api call failed');
      throw err;
    }
  };
}
