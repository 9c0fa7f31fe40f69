/**
 * A chart maker for adapter tests: it decides which answers get a chart as
 * the real one does, but draws a 1×1 PNG at once, so tests that are not
 * about charts stay fast.
 */
import { PNG } from 'pngjs';
import { chartSpec, type ChartMaker } from '../../../adapters/charts/index.js';

/** The charts a stub maker drew: one per answer that has a chart spec. */
export interface StubCharts extends ChartMaker {
  drawn: string[];
}

/** The stub chart maker. */
export function stubCharts(): StubCharts {
  const drawn: string[] = [];
  const png = PNG.sync.write(Object.assign(new PNG({ width: 1, height: 1 }), { data: Buffer.from([255, 255, 255, 255]) }));
  return {
    drawn,
    chartFor: async (answer, source) => {
      const spec = chartSpec(answer, source);
      if (!spec) return null;
      drawn.push(spec.title);
      return { spec, png };
    },
  };
}

