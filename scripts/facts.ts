/**
 * Exports every fact of the dataset:
 *   npm run --silent facts -- --jsonl   one JSON object a line
 *   npm run --silent facts -- --csv     the same as CSV, for spreadsheets
 */
import { DEFAULT_DATA_DIR, loadDataset, type Dataset } from '../src/index.js';
import { loadConfigOrExit } from '../adapters/runtime/config.js';

/** One exported row: a fact with its names resolved. */
export interface ExportRow {
  id: string;
  org: string;
  org_en: string;
  subject: string | null;
  metric: string;
  metric_en: string;
  value: number | null;
  unit: string | null;
  figure: string | null;
  qualifier: string[];
  as_of: string | null;
  text: string | null;
  quote: string;
  section: string;
}

/** The dataset's facts as export rows, in file order. */
export function exportRows(data: Dataset): ExportRow[] {
  return data.facts.map((f) => ({
    id: f.id,
    org: data.orgs.get(f.org)?.zh ?? f.org,
    org_en: data.orgs.get(f.org)?.en ?? f.org,
    subject: f.subject ? data.orgs.get(f.subject)?.zh ?? f.subject : null,
    metric: data.metrics.get(f.metric)?.zh ?? f.metric,
    metric_en: data.metrics.get(f.metric)?.en ?? f.metric,
    value: f.value === undefined ? null : Number(f.value),
    unit: f.unit ?? null,
    figure: f.figure,
    qualifier: [...f.qualifier],
    as_of: f.as_of,
    text: f.text ?? null,
    quote: f.quote,
    section: f.section,
  }));
}

const COLUMNS: (keyof ExportRow)[] = [
  'id', 'org', 'org_en', 'subject', 'metric', 'metric_en', 'value', 'unit', 'figure', 'qualifier', 'as_of', 'text', 'quote', 'section',
];

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join('|') : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as CSV with a header line (UTF-8 with BOM, so spreadsheets read the Chinese right). */
export function toCsv(rows: readonly ExportRow[]): string {
  const lines = [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => csvCell(r[c])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

// A reader that closes early (`| head`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

function main(argv: string[]): void {
  const rows = exportRows(loadDataset(loadConfigOrExit(process.env).datasetDir ?? DEFAULT_DATA_DIR));
  if (argv.includes('--csv')) {
    process.stdout.write(toCsv(rows));
  } else if (argv.includes('--jsonl')) {
    for (const row of rows) process.stdout.write(`${JSON.stringify(row)}\n`);
  } else {
    process.stderr.write('usage: npm run --silent facts -- --jsonl | --csv\n');
    process.exitCode = 2;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  }
}
