/**
 * `npm run ask -- "question"` prints one answer;
 * `npm run --silent ask -- --jsonl` answers stdin line by line (the batch contract).
 */
import { createInterface } from 'node:readline';
import { cacheFileFor, createCore, DEFAULT_DATA_DIR, loadDatasetCached } from '../../src/index.js';
import { loadConfigOrExit } from '../runtime/config.js';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JsonlSession } from './jsonl.js';

async function runJsonl(session: JsonlSession): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    process.stdout.write(`${JSON.stringify(session.answerLine(line))}\n`);
  }
}

// A reader that closes early (`| head`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

async function main(argv: string[]): Promise<void> {
  const dataDir = loadConfigOrExit(process.env).datasetDir ?? DEFAULT_DATA_DIR;
  const core = createCore(loadDatasetCached(dataDir, cacheFileFor(dataDir, dirname(fileURLToPath(import.meta.url)))));
  if (argv.includes('--jsonl')) return runJsonl(new JsonlSession(core));
  const question = argv.filter((a) => a !== '--').join(' ').trim();
  if (!question) {
    process.stderr.write('usage: npm run ask -- "汉口银行服务了多少家科技企业？"   or   npm run --silent ask -- --jsonl < questions.txt\n');
    process.exitCode = 2;
    return;
  }
  process.stdout.write(`${core.answer(question).answer.text}\n`);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
