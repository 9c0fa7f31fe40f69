/**
 * The whole configuration, read from the environment once by loadConfig (for
 * `npm start` and every script) and validated with one zod schema. A problem
 * names the variable, never its value: tokens, secrets and passwords inside
 * URLs must not reach a terminal or a log.
 */
import { z } from 'zod';

const optionalText = z.string().trim().min(1).optional();
const url = z.url({ error: 'must be a URL such as https://example.org' });

/** Every variable the bot reads. Documented in README.md and .env.example. */
export const EnvSchema = z
  .object({
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
    PORT: z.coerce.number({ error: 'must be a port number' }).int().min(1).max(65535).default(3000),
    DATA_DIR: z.string().trim().min(1).default('./var'),
    FIGURES_DATA_DIR: optionalText,
    STATE_URL: z
      .url({ error: 'must be a redis:// or rediss:// URL' })
      .refine((u) => /^rediss?:\/\//.test(u), 'must be a redis:// or rediss:// URL')
      .optional(),
    SESSION_TTL_MINUTES: z.coerce.number({ error: 'must be a number of minutes' }).positive().max(10080).default(30),
    TELEGRAM_BOT_TOKEN: z
      .string()
      .trim()
      .regex(/^\d{5,}:[A-Za-z0-9_-]{30,}$/, 'is not a Telegram bot token (digits, a colon, then 30+ letters, digits, _ or -)')
      .optional(),
    TELEGRAM_WEBHOOK_URL: url.refine((u) => u.startsWith('https://'), 'must be an https:// URL').optional(),
    TELEGRAM_WEBHOOK_SECRET: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,256}$/, 'must be 1-256 characters of A-Z, a-z, 0-9, _ or -')
      .optional(),
    TELEGRAM_API_ROOT: url.optional(),
    SLACK_BOT_TOKEN: z.string().trim().regex(/^xoxb-[A-Za-z0-9-]+$/, 'is not a Slack bot token (xoxb-…)').optional(),
    SLACK_APP_TOKEN: z.string().trim().regex(/^xapp-[A-Za-z0-9-]+$/, 'is not a Slack app-level token (xapp-…)').optional(),
    SLACK_SIGNING_SECRET: z.string().trim().regex(/^[a-f0-9]{16,}$/i, 'is not a Slack signing secret (hex)').optional(),
    SLACK_API_URL: url.optional(),
  })
  .strict();

/**
 * Variables that only make sense together. Checked on which variables are
 * present, so these problems are listed even when a value is also malformed.
 */
function missingCompanions(env: Record<string, unknown>): ConfigProblem[] {
  const has = (name: string) => env[name] !== undefined;
  const problems: ConfigProblem[] = [];
  const need = (variable: string, when: string) => problems.push({ variable, message: `is required ${when}` });
  if (has('TELEGRAM_WEBHOOK_URL') && !has('TELEGRAM_WEBHOOK_SECRET')) need('TELEGRAM_WEBHOOK_SECRET', 'with TELEGRAM_WEBHOOK_URL');
  if ((has('TELEGRAM_WEBHOOK_URL') || has('TELEGRAM_API_ROOT')) && !has('TELEGRAM_BOT_TOKEN')) {
    need('TELEGRAM_BOT_TOKEN', 'when other TELEGRAM_ variables are set');
  }
  if ((has('SLACK_APP_TOKEN') || has('SLACK_SIGNING_SECRET') || has('SLACK_API_URL')) && !has('SLACK_BOT_TOKEN')) {
    need('SLACK_BOT_TOKEN', 'when other SLACK_ variables are set');
  }
  if (has('SLACK_BOT_TOKEN') && !has('SLACK_APP_TOKEN') && !has('SLACK_SIGNING_SECRET')) {
    need('SLACK_APP_TOKEN', 'with SLACK_BOT_TOKEN for Socket Mode (or set SLACK_SIGNING_SECRET for HTTP mode)');
  }
  return problems;
}

/** What the bot runs with, derived from the environment. */
export interface Config {
  logLevel: NonNullable<z.infer<typeof EnvSchema>['LOG_LEVEL']> | null;
  port: number;
  dataDir: string;
  datasetDir: string | null;
  sessionTtlMs: number;
  /** Where shared state lives: SQLite files under DATA_DIR (one process), or Redis (any number of replicas). */
  state: { kind: 'sqlite'; dir: string } | { kind: 'redis'; url: string };
  telegram: { token: string; apiRoot?: string; webhook?: { url: string; secret: string; path: string } } | null;
  slack: { botToken: string; appToken?: string; signingSecret?: string; apiUrl?: string } | null;
}

/** One problem with the environment: the variable and what is wrong, never the value. */
export interface ConfigProblem {
  variable: string;
  message: string;
}

/** Thrown when the environment is invalid; lists every problem at once. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(`invalid configuration:\n${problems.map((p) => `  ${p.variable} ${p.message}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The path Telegram posts updates to: derived from the webhook URL. */
function webhookPath(webhookUrl: string): string {
  const path = new URL(webhookUrl).pathname;
  return path === '/' ? '/telegram' : path;
}

/** Reads and validates the environment. @throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const relevant = Object.fromEntries(
    Object.keys(EnvSchema.shape).flatMap((k) => (env[k] !== undefined && env[k] !== '' ? [[k, env[k]]] : [])),
  );
  const parsed = EnvSchema.safeParse(relevant);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((i) => ({ variable: String(i.path[0] ?? 'environment'), message: i.message }))),
    ...missingCompanions(relevant),
  ];
  if (problems.length > 0 || !parsed.success) throw new ConfigError(problems);
  const e = parsed.data;
  return {
    logLevel: e.LOG_LEVEL ?? null,
    port: e.PORT,
    dataDir: e.DATA_DIR,
    datasetDir: e.FIGURES_DATA_DIR ?? null,
    sessionTtlMs: e.SESSION_TTL_MINUTES * 60_000,
    state: e.STATE_URL ? { kind: 'redis', url: e.STATE_URL } : { kind: 'sqlite', dir: e.DATA_DIR },
    telegram: e.TELEGRAM_BOT_TOKEN
      ? {
          token: e.TELEGRAM_BOT_TOKEN,
          ...(e.TELEGRAM_API_ROOT ? { apiRoot: e.TELEGRAM_API_ROOT } : {}),
          ...(e.TELEGRAM_WEBHOOK_URL && e.TELEGRAM_WEBHOOK_SECRET
            ? { webhook: { url: e.TELEGRAM_WEBHOOK_URL, secret: e.TELEGRAM_WEBHOOK_SECRET, path: webhookPath(e.TELEGRAM_WEBHOOK_URL) } }
            : {}),
        }
      : null,
    slack: e.SLACK_BOT_TOKEN
      ? {
          botToken: e.SLACK_BOT_TOKEN,
          ...(e.SLACK_APP_TOKEN ? { appToken: e.SLACK_APP_TOKEN } : {}),
          ...(e.SLACK_SIGNING_SECRET ? { signingSecret: e.SLACK_SIGNING_SECRET } : {}),
          ...(e.SLACK_API_URL ? { apiUrl: e.SLACK_API_URL } : {}),
        }
      : null,
  };
}

/**
 * loadConfig for an entry point: a bad environment is one message on stderr
 * and exit code 1, never a stack trace.
 */
export function loadConfigOrExit(env: NodeJS.ProcessEnv): Config {
  try {
    return loadConfig(env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
}

/** A URL with its password (and user) blanked, for logs and messages. */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = 'redacted';
    if (u.username) u.username = 'redacted';
    return u.toString();
  } catch {
    return '[unreadable URL]';
  }
}

/** The password inside a URL (decoded), if any. */
function urlPassword(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return decodeURIComponent(new URL(url).password) || undefined;
  } catch {
    return undefined;
  }
}

/** Every secret value the configuration holds: the logger blanks each wherever it appears. */
export function secretsOf(config: Config): string[] {
  const { telegram, slack, state } = config;
  const values = [
    telegram?.token, telegram?.webhook?.secret, urlPassword(telegram?.apiRoot),
    slack?.botToken, slack?.appToken, slack?.signingSecret, urlPassword(slack?.apiUrl),
    urlPassword(state.kind === 'redis' ? state.url : undefined),
  ];
  return values.filter((v): v is string => v !== undefined);
}
