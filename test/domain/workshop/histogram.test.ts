import { describe, expect, it } from 'vitest';
import { histogramOf, spreadOfHistogram, valuesOf } from '../../../src/domain/workshop/histogram';

describe('a workshop’s counts of scores', () => {
  it('counts whole scores 1–5 and gives them back, with the same mean and spread as the scores', () => {
    expect(histogramOf([1, 4, 4, 2, 7, 2.5])).toEqual([1, 1, 0, 2, 0]);
    expect(valuesOf([1, 1, 0, 2, 0])).toEqual([1, 2, 4, 4]);
    // 1, 2, 4, 4: mean 2.75, sample SD √(((1.75)² + (0.75)² + 2·(1.25)²)/3) = √2.25 = 1.5.
    const s = spreadOfHistogram([1, 1, 0, 2, 0]);
    expect(s.mean).toBe(2.75);
    expect(s.sd).toBeCloseTo(1.5, 12);
  });
});
