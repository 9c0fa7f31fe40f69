/**
 * Bolt, the Web API client and the Socket Mode client log through Slack's own
 * Logger interface; this bridges it to the app's pino logger so every line
 * ends up in one structured stream.
 */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from 'pino';

type Method = 'debug' | 'info' | 'warn' | 'error';

/** pino's level names as Slack's four levels (Slack has no trace, fatal or silent). */
function slackLevel(level: string): LogLevel {
  if (level === 'trace' || level === 'debug') return LogLevel.DEBUG;
  if (level === 'info') return LogLevel.INFO;
  if (level === 'warn') return LogLevel.WARN;
  return LogLevel.ERROR;
}

/** Writes Slack-style variadic arguments as one pino line: errors as `err`, other objects as `detail`. */
function write(logger: Logger, method: Method, args: unknown[]): void {
  if (!logger.isLevelEnabled(method)) return;
  const err = args.find((a): a is Error => a instanceof Error);
  const words = args.filter((a) => typeof a === 'string' || typeof a === 'number').map(String);
  const detail = args.filter((a) => a !== err && typeof a === 'object' && a !== null);
  const fields: Record<string, unknown> = {};
  if (err) fields.err = err;
  if (detail.length > 0) fields.detail = detail.length === 1 ? detail[0] : detail;
  logger[method](fields, words.join(' ') || err?.message || '');
}

/**
 * A Slack Logger writing to pino. Bolt calls setLevel with its own default
 * (info) on start-up; the app's pino level decides instead, so it is ignored.
 */
export function boltLogger(logger: Logger): BoltLogger {
  let child = logger.child({ lib: 'bolt' });
  const named = () => child;
  return {
    debug: (...args: unknown[]) => write(named(), 'debug', args),
    info: (...args: unknown[]) => write(named(), 'info', args),
    warn: (...args: unknown[]) => write(named(), 'warn', args),
    error: (...args: unknown[]) => write(named(), 'error', args),
    setLevel: () => undefined,
    getLevel: () => slackLevel(logger.level),
    setName: (name: string) => {
      child = logger.child({ lib: name });
    },
  };
}
