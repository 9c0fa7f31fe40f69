/**
 * The logger: pino, JSON lines, with every token and secret redacted however
 * it reaches a log line (a config object, an error's request, a header).
 */
import pino, { type DestinationStream, type Logger } from 'pino';

/** Paths pino blanks out in every line. */
export const REDACTED_PATHS = [
  'token', 'botToken', 'appToken', 'signingSecret', 'secret', 'authorization',
  '*.token', '*.botToken', '*.appToken', '*.signingSecret', '*.secret', '*.authorization',
  'config.telegram.token', 'config.slack.botToken', 'config.slack.appToken', 'config.slack.signingSecret',
  'req.headers.authorization', 'req.headers["x-telegram-bot-api-secret-token"]', 'req.headers["x-slack-signature"]',
  'headers.authorization', 'headers["x-telegram-bot-api-secret-token"]',
];

/**
 * Creates the process logger; `destination` defaults to stdout. `secrets`
 * are the configured token values: any log message or error that quotes one
 * (a library's error may carry a URL with the token) gets it blanked.
 */
export function createLogger(level: string, secrets: readonly (string | undefined)[] = [], destination?: DestinationStream): Logger {
  const scrub = (text: string) => scrubSecrets(text, secrets);
  return pino(
    {
      level,
      base: { app: 'figures-bot' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      serializers: {
        err: (err: Error) => {
          const s = pino.stdSerializers.err(err);
          return { ...s, message: scrub(s.message), stack: s.stack ? scrub(s.stack) : s.stack };
        },
      },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === 'string' ? scrub(a) : a)) as Parameters<typeof method>);
        },
      },
    },
    destination ?? pino.destination(1),
  );
}

/**
 * Removes known secret values from a text before it is logged: a library's
 * error message may quote a URL with the token in it (Telegram's API URLs do).
 */
export function scrubSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) if (secret && secret.length >= 8) out = out.split(secret).join('[redacted]');
  return out;
}
