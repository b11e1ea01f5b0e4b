import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ahpWeights, reciprocalMatrix, SAATY_RANDOM_INDEX } from '../../../src/domain/strategy/ahp';

// Saaty, T. L. (2008), "Decision making with the analytic hierarchy process", Int. J. Services Sciences 1(1),
// Table 2: which drink is consumed more in the US? Rows and columns: coffee, wine, tea, beer, sodas, milk,
// water. Published eigenvector: .177 .019 .042 .116 .190 .129 .327; published CR 0.022 with the random index
// of Saaty (2005) for n = 7, 1.35, so CI = 0.022 × 1.35 ≈ 0.030.
const DRINKS = [
  [1, 9, 5, 2, 1, 1, 1 / 2],
  [1 / 9, 1, 1 / 3, 1 / 9, 1 / 9, 1 / 9, 1 / 9],
  [1 / 5, 3, 1, 1 / 3, 1 / 4, 1 / 3, 1 / 9],
  [1 / 2, 9, 3, 1, 1 / 2, 1, 1 / 3],
  [1, 9, 4, 2, 1, 2, 1 / 2],
  [1, 9, 3, 1, 1 / 2, 1, 1 / 3],
  [2, 9, 9, 3, 2, 3, 1],
];

describe('ahpWeights', () => {
  it('reproduces Saaty’s drink-consumption example', () => {
    const r = ahpWeights(DRINKS);
    expect(r.weights.map((w) => Number(w.toFixed(3)))).toEqual([
      0.177, 0.019, 0.042, 0.116, 0.19, 0.129, 0.327,
    ]);
    expect(r.consistencyIndex).toBeCloseTo(0.022 * 1.35, 3);
    // With Saaty's 1980 table (RI = 1.32 for n = 7), which the app names on screen.
    expect(r.consistencyRatio).toBeCloseTo(r.consistencyIndex / 1.32, 12);
    expect(r.consistencyRatio).toBeLessThan(0.1);
    expect(r.lambdaMax).toBeCloseTo(7 + 6 * r.consistencyIndex, 12);
  });

  it('a consistent matrix gives its ratios exactly and a consistency ratio of 0', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.1, max: 10, noNaN: true }), { minLength: 1, maxLength: 9 }),
        (v) => {
          const r = ahpWeights(reciprocalMatrix(v.length, (i, j) => v[i]! / v[j]!));
          const total = v.reduce((a, b) => a + b, 0);
          r.weights.forEach((w, i) => expect(w).toBeCloseTo(v[i]! / total, 9));
          expect(r.lambdaMax).toBeCloseTo(v.length, 9);
          expect(r.consistencyRatio).toBeCloseTo(0, 9);
        },
      ),
    );
  });

  it('flags an intransitive set of judgments (A > B > C > A) as inconsistent', () => {
    const r = ahpWeights(reciprocalMatrix(3, (i, j) => (i === 0 && j === 2 ? 1 / 5 : 5)));
    expect(r.consistencyRatio).toBeGreaterThan(0.1);
    expect(SAATY_RANDOM_INDEX[2]).toBe(0.58);
  });

  it('refuses what is not a square matrix of positive numbers, saying where', () => {
    expect(() => ahpWeights([])).toThrow(/empty/);
    expect(() => ahpWeights([[1, 2], [0.5]])).toThrow(/row 2 has 1 entries; 2 expected/);
    expect(() =>
      ahpWeights([
        [1, 0],
        [1, 1],
      ]),
    ).toThrow(/entry \(1, 2\) must be a positive number/);
  });
});
