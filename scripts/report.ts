/**
 * `npm run report`: the most frequent questions the bot could not answer,
 * with counts and last-seen dates, from the curator database under DATA_DIR.
 *   npm run report -- --limit 50
 */
import { existsSync } from 'node:fs';
import { curatorPath, openCuratorStore, type ReportRow } from '../adapters/runtime/curator.js';

/** The report as a plain-text table. */
export function formatReport(rows: readonly ReportRow[]): string {
  if (rows.length === 0) return 'No unanswered questions recorded yet.';
  const header = ['count', 'last seen', 'status', 'platforms', 'question'];
  const lines = rows.map((r) => [String(r.count), r.lastSeen.slice(0, 16).replace('T', ' '), r.statuses, r.platforms, r.question]);
  const widths = header.slice(0, 4).map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i < 4 ? c.padEnd(widths[i]!) : c)).join('  ');
  return [fmt(header), ...lines.map(fmt)].join('\n');
}

function main(argv: string[]): void {
  const limitAt = argv.indexOf('--limit');
  const limit = limitAt >= 0 ? Number(argv[limitAt + 1]) : 20;
  const path = curatorPath(process.env.DATA_DIR ?? './var');
  if (!existsSync(path)) {
    console.log(`No curator database yet at ${path}: it is created when the bot first meets a question it cannot answer.`);
    return;
  }
  const store = openCuratorStore(path);
  try {
    console.log(formatReport(store.report(Number.isInteger(limit) && limit > 0 ? limit : 20)));
  } finally {
    store.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
