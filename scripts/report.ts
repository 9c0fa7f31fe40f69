/**
 * `npm run report`: the most frequent questions the bot could not answer,
 * with counts and last-seen dates, and the answers users refused most (👎),
 * from the curator store the configuration names: SQLite under DATA_DIR, or
 * Redis with STATE_URL (what every replica recorded).
 *   npm run report -- --limit 50
 */
import { existsSync } from 'node:fs';
import pino from 'pino';
import { curatorPath, openCuratorStore, type CuratorStore, type RefusedRow, type ReportRow } from '../adapters/runtime/curator.js';
import { loadConfigOrExit, safeUrl, type Config } from '../adapters/runtime/config.js';
import { redisCurator } from '../adapters/state/redis-curator.js';
import { connectRedis, untilReady } from '../adapters/state/redis.js';

/** Columns padded to their widest cell; the last column is left as it is. */
function table(header: string[], lines: string[][]): string {
  const last = header.length - 1;
  const widths = header.slice(0, last).map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i < last ? c.padEnd(widths[i]!) : c)).join('  ');
  return [fmt(header), ...lines.map(fmt)].join('\n');
}

const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');

/** The unanswered questions as a plain-text table. */
export function formatReport(rows: readonly ReportRow[]): string {
  if (rows.length === 0) return 'No unanswered questions recorded yet.';
  return table(['count', 'last seen', 'status', 'platforms', 'question'], rows.map((r) => [String(r.count), when(r.lastSeen), r.statuses, r.platforms, r.question]));
}

/** The refused answers as a plain-text table. */
export function formatRefused(rows: readonly RefusedRow[]): string {
  if (rows.length === 0) return 'No answer voted down yet.';
  return table(['👎', '👍', 'last seen', 'facts', 'question'], rows.map((r) => [String(r.down), String(r.up), when(r.lastSeen), r.facts || '-', r.question]));
}

/** The configured curator store, or null when the embedded one was never created. */
async function openStore(config: Config): Promise<{ store: CuratorStore; close: () => Promise<void> } | null> {
  if (config.state.kind === 'redis') {
    const link = connectRedis(config.state.url, pino({ level: 'silent' }));
    try {
      await untilReady(link);
    } catch (err) {
      await link.close();
      throw new Error(`cannot reach Redis at ${safeUrl(config.state.url)}: ${(err as Error).message}`, { cause: err });
    }
    return { store: redisCurator(link.client), close: () => link.close() };
  }
  const path = curatorPath(config.dataDir);
  if (!existsSync(path)) return null;
  const store = openCuratorStore(path);
  return { store, close: () => store.close() };
}

async function main(argv: string[]): Promise<void> {
  const limitAt = argv.indexOf('--limit');
  const asked = limitAt >= 0 ? Number(argv[limitAt + 1]) : 20;
  const limit = Number.isInteger(asked) && asked > 0 ? asked : 20;
  const config = loadConfigOrExit(process.env);
  const opened = await openStore(config);
  if (!opened) {
    console.log(`No curator database yet at ${curatorPath(config.dataDir)}: it is created when the bot first meets a question it cannot answer.`);
    return;
  }
  try {
    console.log(`Unanswered questions\n${formatReport(await opened.store.report(limit))}\n\nMost refused answers\n${formatRefused(await opened.store.refused(limit))}`);
  } finally {
    await opened.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await main(process.argv.slice(2)).catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
