#!/usr/bin/env node
// Runs the test suite with vitest and ends with the plain line CI reads:
// "N passed, N failed" (from vitest's JSON report). Exits with vitest's code.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

// Built once before the test files start, so those that run the bundle never build it side by side.
execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });

const dir = join(tmpdir(), `figures-bot-tests-${process.pid}`);
mkdirSync(dir, { recursive: true });
const report = join(dir, 'report.json');
const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)];
const child = spawn('npx', args, { stdio: 'inherit' });
child.on('close', (code) => {
  let passed = 0;
  let failed = 0;
  try {
    const result = JSON.parse(readFileSync(report, 'utf8'));
    passed = result.numPassedTests ?? 0;
    failed = result.numFailedTests ?? 0;
    // A test file that fails to load has no failed test of its own: count it as one failure.
    for (const file of result.testResults ?? []) {
      const failedInside = (file.assertionResults ?? []).some((a) => a.status === 'failed');
      if (file.status === 'failed' && !failedInside) failed += 1;
    }
    if (result.numTotalTests === 0) failed += 1;
  } catch {
    failed += 1;
  }
  rmSync(dir, { recursive: true, force: true });
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(code === 0 && failed === 0 ? 0 : 1);
});
