/**
 * `npm run report`: the most frequent questions the bot could not answer,
 * with counts and last-seen dates, and the answers users refused most (👎),
 * from the curator database under DATA_DIR.
 *   npm run report -- --limit 50
 */
import { existsSync } from 'node:fs';
import { curatorPath, openCuratorStore, type RefusedRow, type ReportRow } from '../adapters/runtime/curator.js';
import { loadConfigOrExit } from '../adapters/runtime/config.js';

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

async function main(argv: string[]): Promise<void> {
  const limitAt = argv.indexOf('--limit');
  const asked = limitAt >= 0 ? Number(argv[limitAt + 1]) : 20;
  const limit = Number.isInteger(asked) && asked > 0 ? asked : 20;
  const path = curatorPath(loadConfigOrExit(process.env).dataDir);
  if (!existsSync(path)) {
    console.log(`No curator database yet at ${path}: it is created when the bot first meets a question it cannot answer.`);
    return;
  }
  const store = openCuratorStore(path);
  try {
    console.log(`Unanswered questions\n${formatReport(await store.report(limit))}\n\nMost refused answers\n${formatRefused(await store.refused(limit))}`);
  } finally {
    await store.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
