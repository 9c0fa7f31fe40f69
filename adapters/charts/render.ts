/**
 * Draws a chart: ECharts renders it to SVG on the server (no DOM, no canvas),
 * then resvg rasterises the SVG to PNG off the main thread with only the
 * fonts given (never the system's), so what a test sees is what users get.
 */
import type { EChartsOption } from 'echarts';
import type { ChartSpec } from './spec.js';
import { CHART_FONT_FAMILY, chartFontFile } from './font.js';

/** The chart's width in pixels; the height grows with the number of bars. */
export const CHART_WIDTH = 800;
const BAR_HEIGHT = 48;
const FRAME_HEIGHT = 150;

/** Which fonts the rasteriser may use; tests pass a font without CJK glyphs to compare. */
export interface ChartFonts {
  files: string[];
  family: string;
}

/** Thrown when a chart cannot be drawn; the answer goes out without it. */
export class ChartError extends Error {
  constructor(message: string, options: { cause: unknown }) {
    super(message, options);
    this.name = 'ChartError';
  }
}

/** The chart's pixel height for a number of bars. */
export function chartHeight(bars: number): number {
  return FRAME_HEIGHT + BAR_HEIGHT * bars;
}

/** The ECharts option of a spec: horizontal bars, top to bottom in the answer's order, each labelled with its figure. */
function option(spec: ChartSpec, family: string): EChartsOption {
  const text = { fontFamily: family, color: '#222' };
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: text,
    title: [
      { text: spec.title, left: 'center', top: 12, textStyle: { ...text, fontSize: 18, fontWeight: 'normal' } },
      { text: spec.source, left: 'center', bottom: 10, textStyle: { ...text, fontSize: 12, fontWeight: 'normal', color: '#666' } },
    ],
    grid: { left: 24, right: 110, top: 56, bottom: 56, containLabel: true },
    xAxis: { type: 'value', name: spec.unit, nameTextStyle: text, axisLabel: { ...text, color: '#666' } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: spec.bars.map((b) => b.label),
      axisLabel: { ...text, width: 260, overflow: 'truncate', fontSize: 13 },
    },
    series: [{
      type: 'bar',
      data: spec.bars.map((b) => b.value),
      barMaxWidth: 30,
      itemStyle: { color: '#3b6fd4' },
      label: { show: true, position: 'right', ...text, fontSize: 13, formatter: (p) => spec.bars[p.dataIndex]?.figure ?? '' },
    }],
  };
}

/** The chart as an SVG document. */
export async function chartSvg(spec: ChartSpec, family = CHART_FONT_FAMILY): Promise<string> {
  // Loaded on first use: ECharts is large, and most answers have no chart.
  const echarts = await import('echarts');
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: CHART_WIDTH, height: chartHeight(spec.bars.length) });
  try {
    chart.setOption(option(spec, family));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The chart as a PNG image. */
export async function renderChart(spec: ChartSpec, fonts?: ChartFonts): Promise<Buffer> {
  const use = fonts ?? { files: [chartFontFile()], family: CHART_FONT_FAMILY };
  try {
    const svg = await chartSvg(spec, use.family);
    const { renderAsync } = await import('@resvg/resvg-js');
    const image = await renderAsync(svg, {
      font: { loadSystemFonts: false, fontFiles: use.files, defaultFontFamily: use.family, sansSerifFamily: use.family },
      background: '#ffffff',
      fitTo: { mode: 'original' },
    });
    return image.asPng();
  } catch (err) {
    throw new ChartError('could not draw the chart', { cause: err });
  }
}
