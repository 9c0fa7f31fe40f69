import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, safeUrl, secretsOf } from '../../../adapters/runtime/config.js';
import { createLogger } from '../../../adapters/runtime/logger.js';

const TG = `123456789:${'A'.repeat(35)}`;
const SECRET = 'abcdef0123456789abcdef0123456789';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems.map((p) => `${p.variable} ${p.message}`);
  }
  throw new Error('accepted');
}

describe('configuration from the environment', () => {
  it('with nothing set runs the terminal chat with defaults', () => {
    expect(loadConfig({})).toMatchObject({ port: 3000, dataDir: './var', telegram: null, slack: null, sessionTtlMs: 1_800_000 });
  });

  it('reads Telegram polling, webhook and API root', () => {
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: TG }).telegram).toEqual({ token: TG });
    const hook = loadConfig({ TELEGRAM_BOT_TOKEN: TG, TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/tg/hook', TELEGRAM_WEBHOOK_SECRET: 's3cret', TELEGRAM_API_ROOT: 'http://127.0.0.1:8081' });
    expect(hook.telegram).toEqual({ token: TG, apiRoot: 'http://127.0.0.1:8081', webhook: { url: 'https://bot.example.org/tg/hook', secret: 's3cret', path: '/tg/hook' } });
  });

  it('reads Slack in Socket Mode and in HTTP mode, side by side with Telegram', () => {
    const both = loadConfig({ TELEGRAM_BOT_TOKEN: TG, SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_APP_TOKEN: 'xapp-1-A-2-def', PORT: '8080' });
    expect(both.slack).toEqual({ botToken: 'xoxb-1-2-abc', appToken: 'xapp-1-A-2-def' });
    expect(both.port).toBe(8080);
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: SECRET }).slack).toEqual({ botToken: 'xoxb-1', signingSecret: SECRET });
  });

  it('lists every problem at once, naming variables and never echoing a value', () => {
    const env = { PORT: 'eighty', TELEGRAM_BOT_TOKEN: 'not-a-token-but-secret', SLACK_APP_TOKEN: 'xapp-1-secretvalue', LOG_LEVEL: 'loud' };
    const list = problems(env);
    expect(list.map((p) => p.split(' ')[0]).sort()).toEqual(['LOG_LEVEL', 'PORT', 'SLACK_BOT_TOKEN', 'TELEGRAM_BOT_TOKEN']);
    const text = list.join('\n');
    for (const value of Object.values(env)) expect(text).not.toContain(value);
  });

  it('requires the webhook secret with the webhook URL, and an https URL', () => {
    expect(problems({ TELEGRAM_BOT_TOKEN: TG, TELEGRAM_WEBHOOK_URL: 'https://x.example/hook' })).toEqual(['TELEGRAM_WEBHOOK_SECRET is required with TELEGRAM_WEBHOOK_URL']);
    expect(problems({ TELEGRAM_BOT_TOKEN: TG, TELEGRAM_WEBHOOK_URL: 'http://x.example/hook', TELEGRAM_WEBHOOK_SECRET: 'a' })[0]).toMatch(/^TELEGRAM_WEBHOOK_URL must be an https/);
  });

  it('requires a way to reach Slack with a Slack bot token', () => {
    expect(problems({ SLACK_BOT_TOKEN: 'xoxb-1' })[0]).toMatch(/^SLACK_APP_TOKEN is required/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: '', PORT: '' })).toMatchObject({ telegram: null, port: 3000 });
  });

  it('keeps state in SQLite under DATA_DIR by default, in Redis with STATE_URL', () => {
    expect(loadConfig({ DATA_DIR: '/srv/bot' }).state).toEqual({ kind: 'sqlite', dir: '/srv/bot' });
    expect(loadConfig({ STATE_URL: 'redis://:pw@127.0.0.1:6379/2' }).state).toEqual({ kind: 'redis', url: 'redis://:pw@127.0.0.1:6379/2' });
    const list = problems({ STATE_URL: 'http://user:hunter22@cache.example:6379' });
    expect(list).toEqual(['STATE_URL must be a redis:// or rediss:// URL']);
  });

  it('blanks the password and user of a URL before it is shown', () => {
    expect(safeUrl('http://bob:hunter22@127.0.0.1:8081/bot')).toBe('http://redacted:redacted@127.0.0.1:8081/bot');
    expect(safeUrl('redis://:hunter22@h:6379')).not.toContain('hunter22');
    expect(safeUrl('not a url')).toBe('[unreadable URL]');
  });

  it('blanks a password inside TELEGRAM_API_ROOT or STATE_URL wherever a log line quotes it', () => {
    const config = loadConfig({ TELEGRAM_BOT_TOKEN: TG, TELEGRAM_API_ROOT: 'http://bot:hunter2-secret@127.0.0.1:9/api', STATE_URL: 'redis://:r3dis-pass@127.0.0.1:6379' });
    const lines: string[] = [];
    const logger = createLogger('info', secretsOf(config), { write: (line: string) => void lines.push(line) });
    const err = new Error(`request to http://bot:hunter2-secret@127.0.0.1:9/api/bot${TG}/getMe failed`, { cause: new Error('redis://:r3dis-pass@h') });
    logger.fatal({ err }, 'figures-bot could not start: http://bot:hunter2-secret@127.0.0.1:9/api');
    const text = lines.join('');
    for (const secret of ['hunter2-secret', TG]) expect(text).not.toContain(secret);
    expect(text).toContain('[redacted]');
  });
});
