#!/usr/bin/env node
// Bundles the TypeScript entry points into dist/*.mjs with esbuild, so the bot
// starts in plain Node without a TypeScript loader. Skips the work when dist/
// is newer than every source file; `npm start`, `npm run ask` and the other
// scripts call it first, so nobody ever builds by hand.
import { build } from 'esbuild';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const ENTRIES = {
  main: 'adapters/main.ts',
  ask: 'adapters/cli/ask.ts',
  facts: 'scripts/facts.ts',
  'check-data': 'scripts/check-data.ts',
  report: 'scripts/report.ts',
  fit: 'scripts/fit.ts',
};
// `--with-bench` adds the benchmark (npm run bench), so it measures the same bundled code that runs.
if (process.argv.includes('--with-bench')) ENTRIES.bench = 'bench/bench.ts';
const SOURCES = ['src', 'adapters', 'scripts', ...(ENTRIES.bench ? ['bench', 'tests'] : [])];
const stamp = join(root, 'dist', '.built');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const outputsExist = Object.keys(ENTRIES).every((name) => existsSync(join(root, 'dist', `${name}.mjs`)) || !existsSync(join(root, ENTRIES[name])));
const fresh = outputsExist && existsSync(stamp) && statSync(stamp).mtimeMs >= Math.max(...SOURCES.map((d) => newestSource(join(root, d))), statSync(fileURLToPath(import.meta.url)).mtimeMs);
if (!fresh || process.argv.includes('--force')) {
  // Old chunks would pile up beside the new ones; the data cache stays (it checks itself).
  // force: a build started at the same moment (two test files) may have removed one already.
  if (existsSync(join(root, 'dist'))) {
    for (const f of readdirSync(join(root, 'dist'))) if (f.endsWith('.mjs') || f.endsWith('.map')) rmSync(join(root, 'dist', f), { force: true });
  }
  const entryPoints = Object.fromEntries(Object.entries(ENTRIES).filter(([, file]) => existsSync(join(root, file))));
  await build({
    absWorkingDir: root,
    entryPoints,
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
  writeFileSync(stamp, new Date().toISOString());
}
