/**
 * The chart renderer, for real: ECharts SSR to SVG, resvg to PNG, the font
 * shipped in node_modules. A chart must be a PNG of the expected size with
 * ink on it, and Chinese labels must come out as glyphs, not tofu boxes.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { CHART_WIDTH, chartHeight, renderChart, type ChartFonts, type ChartSpec } from '../../../adapters/charts/index.js';

/** DejaVu Sans has Latin glyphs and no Chinese ones: what a chart looks like with the wrong font. */
const LATIN_ONLY: ChartFonts = {
  files: [join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf', 'DejaVuSans.ttf')],
  family: 'DejaVu Sans',
};

function spec(labels: string[], title = '服务企业数'): ChartSpec {
  return {
    lang: 'zh',
    title,
    unit: '家',
    bars: labels.map((label, i) => ({ label, value: 9500 - i * 2500, figure: `超${9500 - i * 2500}家` })),
    source: '出处：汉口银行：“金融活水”精准滴灌科创幼苗（2025年2月27日）',
  };
}

/** The label column (left of the bars), where category labels are drawn. */
function labelArea(png: PNG): Buffer {
  const rows: Buffer[] = [];
  for (let y = 56; y < png.height - 80; y += 1) rows.push(png.data.subarray((y * png.width) * 4, (y * png.width + 240) * 4));
  return Buffer.concat(rows);
}

function inkPixels(png: PNG): number {
  let ink = 0;
  for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! < 128) ink += 1;
  return ink;
}

describe('renderChart', () => {
  it('draws a valid PNG of the chart size, with ink on a white ground', async () => {
    const png = PNG.sync.read(await renderChart(spec(['汉口银行', '武汉农商行', '武汉金控'])));
    expect(png.width).toBe(CHART_WIDTH);
    expect(png.height).toBe(chartHeight(3));
    // White corners, and thousands of dark pixels of bars and text between.
    expect([...png.data.subarray(0, 3)]).toEqual([255, 255, 255]);
    expect(inkPixels(png)).toBeGreaterThan(2000);
  });

  it('draws Chinese labels as glyphs with the shipped font, where a Latin-only font shows the same boxes', async () => {
    const bankA = spec(['汉口银行', '武汉金控']);
    const bankB = spec(['武汉投控', '江城基金']);
    const shipped = [await renderChart(bankA), await renderChart(bankB)].map((b) => labelArea(PNG.sync.read(b)));
    const latin = [await renderChart(bankA, LATIN_ONLY), await renderChart(bankB, LATIN_ONLY)].map((b) => labelArea(PNG.sync.read(b)));
    // Glyphs differ from word to word; missing glyphs all look alike (tofu), so the two renders match.
    expect(shipped[0]!.equals(shipped[1]!)).toBe(false);
    expect(latin[0]!.equals(latin[1]!)).toBe(true);
    // And the shipped font's labels are not the Latin font's boxes.
    expect(shipped[0]!.equals(latin[0]!)).toBe(false);
  });

  it('renders traditional characters too (the article names come back in the question\'s script)', async () => {
    const simplified = labelArea(PNG.sync.read(await renderChart(spec(['汉口银行', '武汉金控']))));
    const traditional = labelArea(PNG.sync.read(await renderChart(spec(['漢口銀行', '武漢金控']))));
    const traditionalLatin = labelArea(PNG.sync.read(await renderChart(spec(['漢口銀行', '武漢金控']), LATIN_ONLY)));
    expect(traditional.equals(simplified)).toBe(false);
    expect(traditional.equals(traditionalLatin)).toBe(false);
  });
});
