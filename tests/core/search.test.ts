/**
 * The fact index's scoring on the tiny dataset: how an unknown word weighs.
 */
import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/index.js';
import { buildTurn } from '../../src/turn.js';
import { tinyDataset } from '../intents/tiny-dataset.js';

const core = createCore(tinyDataset());
const topScore = (q: string) => core.knowledge.index.rank(buildTurn(core.knowledge, q, {}).query)[0]!.score;

describe('unknown words', () => {
  it('weigh an English word as one word, however long it is', () => {
    const short = topScore('How many tech firms has Bank B served qz?');
    const long = topScore('How many tech firms has Bank B served qzqzqzqzqzqz?');
    expect(long).toBeCloseTo(short, 6);
  });

  it('weigh a Chinese run by its length, up to a limit', () => {
    expect(topScore('乙银行服务了多少家科技企业嗯嗯嗯嗯')).toBeLessThan(topScore('乙银行服务了多少家科技企业嗯嗯'));
  });
});

describe('a word that is both a cue and a topic', () => {
  it('does not count against a fact that lacks its topic ("list" is also 上市, listing)', () => {
    const plain = topScore('Bank B tech firms served');
    const listed = topScore('list Bank B tech firms served');
    expect(listed).toBeCloseTo(plain, 6);
  });
});
