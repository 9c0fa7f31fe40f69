/**
 * A cache of the validated dataset, keyed by a hash of every data file. A
 * start with unchanged data skips YAML parsing and validation (most of the
 * start-up time); any change to any file misses the cache and is validated in
 * full, so a bad file is still refused at load.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Dataset } from './dataset.js';
import { dataFiles, loadDataset } from './load.js';

/** Raised whenever the loader derives the dataset differently (the places lists came to hold Hong Kong, Macao and Taiwan: 3). */
const FORMAT = 3;

/** Where a data directory's cache lives: beside the bundled build, one file per directory. */
export function cacheFileFor(dataDir: string, buildDir: string): string {
  return join(buildDir, `.dataset-cache-${createHash('sha256').update(dataDir).digest('hex').slice(0, 12)}.json`);
}

interface Snapshot {
  format: number;
  fingerprint: string;
  dataset: Omit<Dataset, 'orgs' | 'metrics' | 'factById'> & { orgs: unknown[]; metrics: unknown[] };
}

/** A hash of every file the dataset is made of (the source text included). */
export function fingerprint(dir: string): string {
  const hash = createHash('sha256');
  const files = dataFiles(dir);
  const contents = files.map((file) => (existsSync(join(dir, file)) ? readFileSync(join(dir, file)) : Buffer.alloc(0)));
  files.forEach((file, i) => hash.update(`${file}\0`).update(contents[i]!));
  const source = /file:\s*(\S+)/.exec(contents[0]!.toString('utf8'))?.[1];
  if (source && existsSync(join(dir, source))) hash.update(readFileSync(join(dir, source)));
  return hash.digest('hex');
}

function restore(snapshot: Snapshot): Dataset {
  const d = snapshot.dataset;
  const orgs = d.orgs as Dataset['orgs'] extends ReadonlyMap<string, infer O> ? O[] : never;
  const metrics = d.metrics as Dataset['metrics'] extends ReadonlyMap<string, infer M> ? M[] : never;
  return {
    ...d,
    orgs: new Map(orgs.map((o) => [o.id, o])),
    metrics: new Map(metrics.map((m) => [m.id, m])),
    factById: new Map(d.facts.map((f) => [f.id, f])),
  };
}

function readSnapshot(cacheFile: string, print: string): Dataset | null {
  if (!existsSync(cacheFile)) return null;
  try {
    const snapshot = JSON.parse(readFileSync(cacheFile, 'utf8')) as Snapshot;
    return snapshot.format === FORMAT && snapshot.fingerprint === print ? restore(snapshot) : null;
  } catch {
    return null; // an unreadable cache is a miss: the data is validated from the files instead
  }
}

/**
 * Loads the dataset from the cache when the files are unchanged, else from the
 * files (validating them, throwing DataError on a bad one) and refreshes the cache.
 */
export function loadDatasetCached(dir: string, cacheFile: string): Dataset {
  const print = fingerprint(dir);
  const cached = readSnapshot(cacheFile, print);
  if (cached) return cached;
  const data = loadDataset(dir);
  const snapshot: Snapshot = {
    format: FORMAT,
    fingerprint: print,
    dataset: { ...data, orgs: [...data.orgs.values()], metrics: [...data.metrics.values()], factById: undefined } as unknown as Snapshot['dataset'],
  };
  try {
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify(snapshot));
  } catch {
    // A read-only install still answers: it only validates the files at every start.
  }
  return data;
}
