/**
 * `npm run check-data`: loads data/ exactly as the bot does and reports either
 * every problem (file, path, reason) or a one-line summary. Exit 1 on problems.
 */
import { DataError, DEFAULT_DATA_DIR, loadDataset } from '../src/index.js';
import { loadConfigOrExit } from '../adapters/runtime/config.js';

const dir = process.argv[2] ?? loadConfigOrExit(process.env).datasetDir ?? DEFAULT_DATA_DIR;
try {
  const data = loadDataset(dir);
  const figures = data.facts.filter((f) => f.value !== undefined).length;
  console.log(`data OK: ${data.facts.length} facts (${figures} figures, ${data.facts.length - figures} text facts), ${data.orgs.size} organisations, ${data.metrics.size} metrics, version ${data.version}`);
} catch (err) {
  if (!(err instanceof DataError)) throw err;
  console.error(err.message);
  process.exitCode = 1;
}
