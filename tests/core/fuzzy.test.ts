/**
 * The typo mender's building blocks: the edit distance that confirms an English slip.
 */
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/fuzzy.js';

describe('edit distance', () => {
  it.each([
    ['hankou', 'hankou', 0],
    ['hankow', 'hankou', 1],
    ['hankuo', 'hankou', 1],
    ['guotng', 'guotong', 1],
    ['trts', 'trust', 2],
    ['bank', 'fund', 3],
  ])('%s → %s: %i', (a, b, d) => expect(editDistance(a, b)).toBe(d));
});
