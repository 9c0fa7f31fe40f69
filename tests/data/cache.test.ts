import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataError, DEFAULT_DATA_DIR, loadDatasetCached } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'figures-cache-'));
const data = join(dir, 'data');
const cache = join(dir, 'build', 'cache.json');
cpSync(DEFAULT_DATA_DIR, data, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the validated-data cache', () => {
  it('gives the same dataset from the files and from the cache', () => {
    const fresh = loadDatasetCached(data, cache);
    const cached = loadDatasetCached(data, cache);
    expect(JSON.parse(readFileSync(cache, 'utf8')).fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(cached.facts).toEqual(fresh.facts);
    expect([...cached.orgs.keys()]).toEqual([...fresh.orgs.keys()]);
    expect(cached.factById.get('hankou.tech_firms_served')?.figure).toBe('超9500家');
  });

  it('misses on any change to a data file, so a bad file is still refused', () => {
    const file = join(data, 'facts', 'hankou_bank.yaml');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace('value: "9500"', 'value: "many"'));
    expect(() => loadDatasetCached(data, cache)).toThrow(DataError);
    writeFileSync(file, good);
    expect(loadDatasetCached(data, cache).facts.length).toBeGreaterThan(150);
  });

  it('treats an unreadable cache as a miss', () => {
    writeFileSync(cache, '{not json');
    expect(loadDatasetCached(data, cache).version).toMatch(/\S/);
    expect(JSON.parse(readFileSync(cache, 'utf8')).format).toBeGreaterThanOrEqual(2);
  });
});
