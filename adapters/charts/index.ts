/** Bar charts of comparisons, rankings and organisation cards, as PNG. */
export { createChartMaker, type Chart, type ChartMaker } from './cache.js';
export { chartSpec, type ChartSpec, type ChartBar } from './spec.js';
export { renderChart, chartSvg, chartHeight, CHART_WIDTH, ChartError, type ChartFonts } from './render.js';
export { chartFontFile, CHART_FONT_FAMILY } from './font.js';
