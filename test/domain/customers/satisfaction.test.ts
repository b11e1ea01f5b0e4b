import { describe, expect, it } from 'vitest';
import {
  importancePerformance,
  satisfactionGaps,
  satisfactionIndex,
  verdict,
} from '../../../src/domain/customers/satisfaction';

const seven = { min: 1, max: 7 };

describe('satisfaction as performance against expectation', () => {
  it('gives the course’s verdicts: P > E satisfied, P = E acceptable, P < E dissatisfied', () => {
    // Course text (客户满意): 期望值 E 与实际表现 P.
    expect(verdict(6, 5)).toBe('satisfied');
    expect(verdict(5, 5)).toBe('acceptable');
    // Survey means typed from a spreadsheet: 0.1 + 0.2 is 0.30000000000000004, still equal to 0.3.
    expect(verdict(0.1 + 0.2, 0.3)).toBe('acceptable');
    expect(verdict(4.5, 5)).toBe('dissatisfied');
  });

  it('sorts the attributes by weighted gap, the largest shortfall first', () => {
    const gaps = satisfactionGaps(
      [
        { id: 'speed', importance: 5, expectation: 6, performance: 4 },
        { id: 'price', importance: 3, expectation: 5, performance: 5 },
        { id: 'courtesy', importance: 2, expectation: 5, performance: 6.5 },
        { id: 'tracking', importance: 10, expectation: 6, performance: 5.5 },
      ],
      seven,
    );
    // Weights 5/20, 3/20, 2/20, 10/20: speed −2 × .25 = −.5, tracking −.5 × .5 = −.25, price 0, courtesy +.15.
    expect(gaps.map((g) => [g.id, g.verdict])).toEqual([
      ['speed', 'dissatisfied'],
      ['tracking', 'dissatisfied'],
      ['price', 'acceptable'],
      ['courtesy', 'satisfied'],
    ]);
    expect(gaps.map((g) => g.weightedGap)).toEqual(
      [-0.5, -0.25, 0, 0.15000000000000002].map((v) => expect.closeTo(v, 12)),
    );
  });

  it('the CSI places the weighted mean performance on 0–100, as the ACSI reports a 1–10 scale', () => {
    // Fornell et al. (1996), "The American Customer Satisfaction Index", Journal of Marketing 60(4): scores
    // on 1–10 are reported as (x − 1)/9 × 100, so a mean of 8.2 is an index of 80.
    const ten = { min: 1, max: 10 };
    expect(
      satisfactionIndex(
        [
          { id: 'a', importance: 1, expectation: 8, performance: 8.2 },
          { id: 'b', importance: 3, expectation: 8, performance: 8.2 },
        ],
        ten,
      ),
    ).toBeCloseTo(80, 10);
    // Weighted: (1·7 + 3·3)/4 = 4 on 1–7 → 50.
    expect(
      satisfactionIndex(
        [
          { id: 'a', importance: 1, expectation: 5, performance: 7 },
          { id: 'b', importance: 3, expectation: 5, performance: 3 },
        ],
        seven,
      ),
    ).toBeCloseTo(50, 10);
    expect(satisfactionIndex([], seven)).toBeNull();
  });

  it('refuses values off the scale and negative importance instead of clamping', () => {
    expect(() =>
      satisfactionGaps([{ id: 'a', importance: 1, expectation: 8, performance: 5 }], seven),
    ).toThrow(/expectation/);
    expect(() =>
      satisfactionIndex([{ id: 'a', importance: -1, expectation: 5, performance: 5 }], seven),
    ).toThrow(/importance/);
    expect(() => satisfactionIndex([], { min: 5, max: 5 })).toThrow(/scale/);
  });

  it('places each attribute in its importance–performance quadrant (Martilla & James, 1977)', () => {
    // Means: importance 5, performance 5.
    const ipa = importancePerformance([
      { id: 'speed', importance: 8, expectation: 6, performance: 3 },
      { id: 'tracking', importance: 7, expectation: 6, performance: 6 },
      { id: 'decor', importance: 2, expectation: 4, performance: 7 },
      { id: 'parking', importance: 3, expectation: 4, performance: 4 },
    ]);
    expect(Object.fromEntries(ipa)).toEqual({
      speed: 'concentrateHere',
      tracking: 'keepUpTheGoodWork',
      decor: 'possibleOverkill',
      parking: 'lowPriority',
    });
  });
});
