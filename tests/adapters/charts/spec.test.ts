/**
 * Which answers chart, from the real core's answers: comparisons, rankings
 * and cards of one unit do; a single lookup or text does not. And the cache
 * draws each answer's chart once.
 */
import { describe, expect, it } from 'vitest';
import { chartSpec, createChartMaker } from '../../../adapters/charts/index.js';
import { realCore } from '../telegram/helpers.js';

const SOURCE = 'Source: test (27 February 2025)';

describe('chartSpec', () => {
  it('charts a comparison, each bar labelled with the figure as the article writes it', () => {
    const answer = realCore().answer('汉口银行和武汉农商行哪个服务的企业多？').answer;
    const spec = chartSpec(answer, SOURCE);
    expect(spec?.bars.map((b) => b.figure)).toEqual(['超9500家', '超7000户']);
    expect(spec?.bars.map((b) => b.value)).toEqual([9500, 7000]);
    expect(spec?.bars[0]?.label).toContain('汉口银行');
    expect(spec?.source).toBe(SOURCE);
  });

  it('charts the figures of one unit of an organisation card, in the answer\'s language', () => {
    const spec = chartSpec(realCore().browse('hankou_bank', 'en').answer, SOURCE);
    expect(spec?.unit).toBe('家');
    expect(spec?.title).toBe('Hankou Bank');
    expect(spec?.bars.map((b) => b.label)).toEqual(['tech firms served', 'specialised SMEs (专精特新) served']);
  });

  it('scales money to one axis: 8亿元 against 5亿元', () => {
    const answer = realCore().answer("Which is larger, Guotong Trust's injection into Biolake or into Central City?").answer;
    const spec = chartSpec(answer, SOURCE);
    expect(spec?.unit).toBe('亿元');
    expect(spec?.bars.map((b) => b.value)).toEqual([8, 5]);
  });

  it('has no chart for a single lookup', () => {
    expect(chartSpec(realCore().answer('汉口银行服务了多少家科技企业？').answer, SOURCE)).toBeNull();
  });
});

describe('createChartMaker', () => {
  it('draws a chart once per answer and shares it', async () => {
    let drawn = 0;
    const maker = createChartMaker({ render: async () => { drawn += 1; return Buffer.from('png'); } });
    const answer = realCore().answer('汉口银行和武汉农商行哪个服务的企业多？').answer;
    const [a, b] = await Promise.all([maker.chartFor(answer, SOURCE), maker.chartFor(answer, SOURCE)]);
    await maker.chartFor(answer, SOURCE);
    expect(drawn).toBe(1);
    expect(a?.png).toBe(b?.png);
    expect(await maker.chartFor(realCore().answer('汉口银行服务了多少家科技企业？').answer, SOURCE)).toBeNull();
  });

  it('draws again after a failed drawing', async () => {
    let calls = 0;
    const maker = createChartMaker({ render: async () => { calls += 1; if (calls === 1) throw new Error('boom'); return Buffer.from('png'); } });
    const answer = realCore().answer('汉口银行和武汉农商行哪个服务的企业多？').answer;
    await expect(maker.chartFor(answer, SOURCE)).rejects.toThrow('boom');
    expect((await maker.chartFor(answer, SOURCE))?.png.toString()).toBe('png');
  });
});
