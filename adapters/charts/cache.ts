/**
 * One chart per answer: the PNG is drawn once and kept, so a chart asked
 * for again (the same comparison, a repeated card) costs nothing, and two
 * users asking at once share one drawing.
 */
import { LRUCache } from 'lru-cache';
import type { Answer } from '../../src/index.js';
import { renderChart } from './render.js';
import { chartSpec, type ChartSpec } from './spec.js';

/** A chart ready to send. */
export interface Chart {
  spec: ChartSpec;
  png: Buffer;
}

/** Draws and keeps charts. */
export interface ChartMaker {
  /** The chart of an answer, or null when the answer has none. Rejects with a ChartError. */
  chartFor(answer: Answer, source: string): Promise<Chart | null>;
}

/** What identifies an answer's chart: its language, kind and facts, and the source line under it. */
function keyOf(answer: Answer, source: string): string {
  return JSON.stringify([answer.lang, answer.script, answer.kind, answer.facts.map((f) => f.id), source]);
}

/** A chart maker keeping up to `max` charts (default 200, about 10 MB). */
export function createChartMaker(options: { max?: number; render?: typeof renderChart } = {}): ChartMaker {
  const render = options.render ?? renderChart;
  const kept = new LRUCache<string, Promise<Chart>>({ max: options.max ?? 200 });
  return {
    chartFor(answer, source) {
      const spec = chartSpec(answer, source);
      if (!spec) return Promise.resolve(null);
      const key = keyOf(answer, source);
      const hit = kept.get(key);
      if (hit) return hit;
      const made = render(spec).then((png) => ({ spec, png }));
      kept.set(key, made);
      // A failed drawing is not kept: the next ask tries again.
      made.catch(() => kept.delete(key));
      return made;
    },
  };
}
