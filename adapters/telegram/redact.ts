/**
 * Keeps the bot token out of logs and thrown errors. grammY's HttpError keeps
 * the underlying fetch error, whose message holds the request URL, and the
 * URL holds the token (https://api.telegram.org/bot<token>/sendMessage).
 */
import { GrammyError } from 'grammy';

const MASK = '<TELEGRAM_BOT_TOKEN>';

/** Replaces the token (and its secret half, should it appear alone) in a text. */
export function redactToken(text: string, token: string): string {
  const secret = token.split(':')[1] ?? '';
  let out = token ? text.split(token).join(MASK) : text;
  if (secret.length >= 16) out = out.split(secret).join(MASK);
  return out;
}

/** A plain, token-free summary of an error for the logger (type, message, code, stack, causes). */
export function loggableError(err: unknown, token: string, depth = 0): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: typeof err, message: redactToken(String(err), token) };
  const out: Record<string, unknown> = { type: err.name, message: redactToken(err.message, token) };
  if (err.stack) out.stack = redactToken(err.stack, token);
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' || typeof code === 'number') out.code = code;
  // GrammyError's payload is the request (a whole reply); its method and code say enough.
  if (err instanceof GrammyError) Object.assign(out, { method: err.method, errorCode: err.error_code });
  const inner = (err as { error?: unknown }).error ?? err.cause;
  if (inner !== undefined && depth < 3) out.cause = loggableError(inner, token, depth + 1);
  return out;
}

/** Runs a Bot API call of start-up, rethrowing any failure without the token in it. */
export async function withoutToken<T>(token: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    const summary = loggableError(err, token);
    const cause = summary.cause as { message?: string } | undefined;
    const safe = new Error(cause?.message ? `${String(summary.message)} (${cause.message})` : String(summary.message));
    safe.name = String(summary.type);
    throw safe;
  }
}
