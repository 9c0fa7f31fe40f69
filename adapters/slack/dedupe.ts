/**
 * Answers each Slack event once, on whichever replica it lands. Slack
 * redelivers an event (X-Slack-Retry-Num over HTTP, retry_attempt over Socket
 * Mode) when it thinks the first delivery failed, always with the same
 * event_id; the first replica to claim the id in the shared state answers it,
 * every other delivery is dropped. Bolt has acknowledged it by then.
 *
 * A retry whose event_id was never claimed is answered: its first delivery
 * never reached us, so dropping it would leave the user with no answer.
 */
import type { Middleware, AnyMiddlewareArgs } from '@slack/bolt';
import type { Logger } from 'pino';
import type { ExpiringStore } from '../state/types.js';

/** Slack retries for about an hour at most; remember ids a little longer. */
const EVENT_TTL_MS = 2 * 60 * 60 * 1000;

function eventIdOf(body: AnyMiddlewareArgs['body']): string | undefined {
  const id: unknown = (body as { event_id?: unknown } | null)?.event_id;
  return typeof id === 'string' && id.length > 0 && id.length <= 200 ? id : undefined;
}

/** Global middleware: drops an event whose event_id was already claimed. */
export function dedupeEvents(keys: ExpiringStore, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const eventId = eventIdOf(body);
    if (eventId !== undefined && !(await keys.claim(`slack:event:${eventId}`, EVENT_TTL_MS))) {
      logger.info({ eventId, retryNum: context.retryNum, retryReason: context.retryReason }, 'repeated Slack event skipped');
      return;
    }
    await next();
  };
}
