/**
 * The soak: the real `npm start` bundle (dist/main.mjs) in its own process on
 * Redis state, fed Telegram updates and Slack requests from this process for
 * 60 s at a steady rate, with the bot process's RSS read from /proc every
 * 250 ms. Each second brings new chats and users, so the per-user rate limit
 * lets every question through, as with many real users.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR } from '../src/index.js';
import { TOKEN } from '../tests/adapters/telegram/helpers.js';
import { freePort } from '../tests/adapters/state/redis-server.js';
import type { BenchRow } from './core.js';
import { localLoadSide, now, SLACK_SECRET, sleep } from './load.js';

const SOAK_MS = 60_000;
const PER_SECOND = { telegram: 300, slack: 150 };

const ROOT = join(DEFAULT_DATA_DIR, '..');

/** Node's flags in `npm start` (the heap limit), so the soak measures the bot exactly as it runs. */
function startFlags(): string[] {
  const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } };
  return /exec node (.*?) ?dist\/main\.mjs/.exec(scripts.start)?.[1]?.split(' ').filter(Boolean) ?? [];
}

/** A process's resident set size from /proc, in bytes (0 once it is gone). */
function rssOf(pid: number): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
    return line ? Number(line.replace(/\D+/g, '')) * 1024 : 0;
  } catch {
    return 0;
  }
}

async function healthy(port: number, deadline: number): Promise<boolean> {
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).status === 200) return true;
    } catch {
      // Not listening yet.
    }
    if (now() > deadline) return false;
    await sleep(50);
  }
}

/** 60 s of steady load on the bot process; its peak and final RSS, and what it answered. */
export async function soakProcess(redisUrl: string): Promise<BenchRow[]> {
  const side = localLoadSide();
  const [apiRoot, slackApi] = [await side.telegramStart(), await side.slackStart()];
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'figures-soak-'));
  const bot = spawn(process.execPath, [...startFlags(), join(ROOT, 'dist', 'main.mjs')], {
    env: {
      PATH: process.env.PATH ?? '', PORT: String(port), DATA_DIR: dataDir, STATE_URL: redisUrl, LOG_LEVEL: 'warn',
      TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: apiRoot, SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SLACK_SECRET, SLACK_API_URL: slackApi,
    },
    stdio: 'ignore',
  });
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, rssOf(bot.pid!))), 250);
  try {
    if (!(await healthy(port, now() + 20_000))) return [{ measure: 'soak', value: `the bot did not start (exit code ${bot.exitCode})`, target: '' }];
    const url = `http://127.0.0.1:${port}/slack/events`;
    const end = now() + SOAK_MS;
    let second = 0;
    while (now() < end) {
      const tick = now();
      await side.telegramQueue(PER_SECOND.telegram, PER_SECOND.telegram, 5_000_000 + second * PER_SECOND.telegram);
      await side.slackLoad(url, PER_SECOND.slack, 16, PER_SECOND.slack, tick + 1_000, 100_000 + second * PER_SECOND.slack);
      second++;
      await sleep(Math.max(0, tick + 1_000 - now()));
    }
    const sent = await side.telegramSentBy(PER_SECOND.telegram * second, now() + 10_000);
    const answered = (await side.telegramCounts()).sendMessage;
    const slackPosted = await side.slackPosted();
    const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
    return [{
      measure: `soak, bot process RSS peak; at the end (60 s on Redis: ${PER_SECOND.telegram} updates/s + ${PER_SECOND.slack} Slack requests/s; answered ${answered} + ${slackPosted}${sent === null ? ', some late' : ''})`,
      value: `${mb(peak)}; ${mb(rssOf(bot.pid!))}`,
      target: '< 200 MB',
    }];
  } finally {
    clearInterval(sampler);
    if (bot.exitCode === null && bot.signalCode === null) {
      const exited = new Promise((resolve) => bot.once('exit', resolve));
      bot.kill('SIGTERM');
      await exited;
    }
    await side.telegramStop();
    await side.slackStop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
