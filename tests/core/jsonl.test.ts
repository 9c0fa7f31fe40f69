import { describe, expect, it } from 'vitest';
import { createCore, DEFAULT_DATA_DIR, loadDataset } from '../../src/index.js';
import { JsonlSession } from '../../adapters/cli/jsonl.js';

const core = createCore(loadDataset(DEFAULT_DATA_DIR));

describe('the batch contract', () => {
  it('answers a plain line with status, text and fact ids', () => {
    const out = new JsonlSession(core).answerLine('汉口银行服务了多少家科技企业？');
    expect(out.status).toBe('answered');
    expect(out.text).toContain('超9500家');
    expect(out.facts).toContain('hankou.tech_firms_served');
  });

  it('keeps each chat apart and follows up within one', () => {
    const s = new JsonlSession(core);
    s.answerLine(JSON.stringify({ chat: 'a', q: '汉口银行一共服务了多少家科技企业？' }));
    s.answerLine(JSON.stringify({ chat: 'b', q: '江城基金完成了多少投资？' }));
    expect(s.answerLine(JSON.stringify({ chat: 'a', q: '那武汉农商行呢？' })).text).toContain('超7000户');
    expect(s.answerLine(JSON.stringify({ chat: 'b', q: '投出了几个项目？' })).text).toContain('10个');
  });

  it.each(['', '{', '{"chat": 1}', '{"q": 5}', 'null', '[1,2]', '\u0000\u0001', '{"chat":"x","q":""}'])(
    'never fails on %j', (line) => {
      const out = new JsonlSession(core).answerLine(line);
      expect(['answered', 'clarify', 'not_found', 'smalltalk']).toContain(out.status);
      expect(typeof out.text).toBe('string');
    });
});
