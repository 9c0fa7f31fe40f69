import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, loadDataset } from '../../src/index.js';
import { exportRows, toCsv } from '../../scripts/facts.js';

const data = loadDataset(DEFAULT_DATA_DIR);

describe('the facts export', () => {
  const rows = exportRows(data);

  it('has one row per fact with the required fields, values as numbers', () => {
    expect(rows).toHaveLength(data.facts.length);
    const row = rows.find((r) => r.id === 'rongdan.guarantee_volume')!;
    expect(row).toMatchObject({ org: '融担公司', value: 95.48, unit: '亿元', qualifier: ['达'], as_of: null });
    expect(row.quote).toContain('95.48');
    const text = rows.find((r) => r.id === 'touzi.dameng_listing')!;
    expect(text.value).toBeNull();
    expect(text.text).toContain('第一股');
  });

  it('prints the same as CSV with a header and quoted cells', () => {
    const csv = toCsv(rows);
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,org,org_en,subject,metric,metric_en,value,unit,figure,qualifier,as_of,text,quote,section');
    expect(lines).toHaveLength(rows.length + 1);
    const tricky = { ...rows[0]!, text: 'a, "b"\nc', qualifier: ['累计', '超'] };
    const line = toCsv([tricky]).split('\r\n')[1]!;
    expect(line).toContain('"a, ""b""\nc"');
    expect(line).toContain(',累计|超,');
  });

  it('runs as `npm run --silent facts -- --jsonl`, one JSON object a line', () => {
    const out = execFileSync('npm', ['run', '--silent', 'facts', '--', '--jsonl'], { encoding: 'utf8' });
    const lines = out.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; value: number | null });
    expect(lines).toHaveLength(data.facts.length);
    expect(lines.find((l) => l.id === 'hanrongtong.financing_facilitated')?.value).toBe(4218);
  });
});
