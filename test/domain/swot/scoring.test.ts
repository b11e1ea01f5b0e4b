import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatWeightSum,
  ieMatrixCell,
  normaliseRounded,
  normaliseWeights,
  weightedTotal,
  weightsSumToOne,
} from '../../../src/domain/swot/scoring';

// Rules from F. R. David, Strategic Management: Concepts and Cases (ch. 3–4 and 6, "The IFE Matrix",
// "The EFE Matrix", "The Internal-External (IE) Matrix"): total = Σ weight × rating with weights summing
// to 1.0 and ratings 1–4, so totals run from 1.0 to 4.0 with 2.5 the average; the IE matrix bands totals at
// 1.0–1.99, 2.0–2.99 and 3.0–4.0 and numbers its cells I–IX from the top left, IFE strong on the left.

// Published worked examples, built after David & David (2017), Strategic Management, 16th ed.:
// "Strategy Course Content" tool guides (github.com/King-Tuerto/Strategy-Course-Content-COMPLETE,
// output/tool-guides/IFE-Matrix.md and EFE-Matrix.md), Table 3 in each.
/** IFE Matrix for Ford Motor Company (illustrative, early 2010s): 6 strengths, 8 weaknesses, total 2.68. */
const FORD_IFE: Array<{ weight: number; rating: number }> = [
  [0.1, 4],
  [0.12, 4],
  [0.08, 4],
  [0.07, 3],
  [0.09, 4],
  [0.06, 3],
  [0.1, 1],
  [0.04, 2],
  [0.06, 2],
  [0.08, 1],
  [0.07, 2],
  [0.05, 1],
  [0.05, 2],
  [0.03, 2],
].map(([weight, rating]) => ({ weight: weight!, rating: rating! }));
/** EFE Matrix for Starbucks Corporation (illustrative, mid-2010s): 7 opportunities, 8 threats, total 2.96. */
const STARBUCKS_EFE: Array<{ weight: number; rating: number }> = [
  [0.12, 4],
  [0.1, 4],
  [0.08, 3],
  [0.07, 3],
  [0.05, 3],
  [0.06, 3],
  [0.04, 2],
  [0.1, 3],
  [0.09, 2],
  [0.08, 2],
  [0.07, 3],
  [0.05, 3],
  [0.04, 3],
  [0.03, 2],
  [0.02, 2],
].map(([weight, rating]) => ({ weight: weight!, rating: rating! }));

describe('weightedTotal against published worked examples', () => {
  it('gives Ford’s IFE total of 2.68', () => {
    expect(weightsSumToOne(FORD_IFE.reduce((s, r) => s + r.weight, 0))).toBe(true);
    expect(weightedTotal(FORD_IFE)).toBeCloseTo(2.68, 10);
  });

  it('gives Starbucks’ EFE total of 2.96', () => {
    expect(weightsSumToOne(STARBUCKS_EFE.reduce((s, r) => s + r.weight, 0))).toBe(true);
    expect(weightedTotal(STARBUCKS_EFE)).toBeCloseTo(2.96, 10);
  });

  it('places an IFE of 2.68 and an EFE of 2.96 in cell V, hold and maintain', () => {
    expect(ieMatrixCell(weightedTotal(FORD_IFE), weightedTotal(STARBUCKS_EFE))).toEqual({
      cell: 'V',
      prescription: 'hold-maintain',
    });
  });
});

describe('weightedTotal', () => {
  it('is Σ weight × rating', () => {
    // The example project's IFE (Swift Express): 0.15×4 + 0.10×3 + 0.12×4 + 0.08×3 + 0.10×3
    // + 0.12×1 + 0.10×1 + 0.08×2 + 0.08×2 + 0.07×1 = 1.92 + 0.61 = 2.53
    const rows = [
      [0.15, 4],
      [0.1, 3],
      [0.12, 4],
      [0.08, 3],
      [0.1, 3],
      [0.12, 1],
      [0.1, 1],
      [0.08, 2],
      [0.08, 2],
      [0.07, 1],
    ].map(([weight, rating]) => ({ weight: weight!, rating: rating! }));
    expect(weightedTotal(rows)).toBeCloseTo(2.53, 10);
    expect(weightedTotal([])).toBe(0);
  });

  it.each([
    [{ weight: -0.1, rating: 3 }, /row 1: weight -0.1 is outside 0–1/],
    [{ weight: 1.2, rating: 3 }, /weight 1.2/],
    [{ weight: 0.2, rating: 7 }, /row 1: rating 7 is outside 1–4/],
    [{ weight: 0.2, rating: 0 }, /rating 0/],
    [{ weight: Number.NaN, rating: 2 }, /weight NaN/],
  ])('reports %o instead of clamping it', (row, message) => {
    expect(() => weightedTotal([row])).toThrow(message);
  });

  it('lies between 1 and 4 when the weights sum to 1 (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            w: fc.double({ min: 0.01, max: 1, noNaN: true }),
            rating: fc.integer({ min: 1, max: 4 }),
          }),
          {
            minLength: 1,
            maxLength: 20,
          },
        ),
        (raw) => {
          const weights = normaliseWeights(raw.map((r) => r.w));
          const total = weightedTotal(raw.map((r, i) => ({ weight: weights[i]!, rating: r.rating })));
          expect(total).toBeGreaterThanOrEqual(1 - 1e-9);
          expect(total).toBeLessThanOrEqual(4 + 1e-9);
          const ratings = raw.map((r) => r.rating);
          expect(total).toBeGreaterThanOrEqual(Math.min(...ratings) - 1e-9);
          expect(total).toBeLessThanOrEqual(Math.max(...ratings) + 1e-9);
        },
      ),
    );
  });

  it('never falls when a rating rises (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            weight: fc.double({ min: 0, max: 1, noNaN: true }),
            rating: fc.integer({ min: 1, max: 3 }),
          }),
          {
            minLength: 1,
            maxLength: 10,
          },
        ),
        fc.nat(),
        (rows, pick) => {
          const i = pick % rows.length;
          const raised = rows.map((r, j) => (j === i ? { ...r, rating: r.rating + 1 } : r));
          expect(weightedTotal(raised)).toBeGreaterThanOrEqual(weightedTotal(rows));
        },
      ),
    );
  });
});

describe('ieMatrixCell', () => {
  it.each([
    // [IFE, EFE, cell, prescription]: the nine cells at their band centres, row by row from the top left
    [3.5, 3.5, 'I', 'grow-build'],
    [2.5, 3.5, 'II', 'grow-build'],
    [1.5, 3.5, 'III', 'hold-maintain'],
    [3.5, 2.5, 'IV', 'grow-build'],
    [2.5, 2.5, 'V', 'hold-maintain'],
    [1.5, 2.5, 'VI', 'harvest-divest'],
    [3.5, 1.5, 'VII', 'hold-maintain'],
    [2.5, 1.5, 'VIII', 'harvest-divest'],
    [1.5, 1.5, 'IX', 'harvest-divest'],
  ] as const)('IFE %s, EFE %s → cell %s, %s', (ife, efe, cell, prescription) => {
    expect(ieMatrixCell(ife, efe)).toEqual({ cell, prescription });
  });

  it.each([
    [3.0, 3.0, 'I'],
    [2.99, 2.99, 'V'],
    [2.0, 2.0, 'V'],
    [1.99, 1.99, 'IX'],
    [4, 1, 'VII'],
    [1, 4, 'III'],
  ] as const)('puts the band edges where David does: IFE %s, EFE %s → %s', (ife, efe, cell) => {
    expect(ieMatrixCell(ife, efe).cell).toBe(cell);
  });

  it.each([
    [0.9, 2.5, /IFE total 0.9 is outside 1–4/],
    [2.5, 4.2, /EFE total 4.2 is outside 1–4/],
    [Number.NaN, 2, /IFE total NaN/],
  ])('reports a total outside 1–4: %s, %s', (ife, efe, message) => {
    expect(() => ieMatrixCell(ife, efe)).toThrow(message);
  });

  it('gives a stronger position never a weaker prescription (property)', () => {
    const rank = { 'harvest-divest': 0, 'hold-maintain': 1, 'grow-build': 2 } as const;
    const total = fc.double({ min: 1, max: 4, noNaN: true });
    fc.assert(
      fc.property(total, total, total, total, (a, b, c, d) => {
        const weaker = ieMatrixCell(Math.min(a, b), Math.min(c, d));
        const stronger = ieMatrixCell(Math.max(a, b), Math.max(c, d));
        expect(rank[stronger.prescription]).toBeGreaterThanOrEqual(rank[weaker.prescription]);
      }),
    );
  });
});

describe('weight sums', () => {
  it('normalises in proportion to sum 1, and all-zero weights to equal shares', () => {
    expect(normaliseWeights([2, 1, 1])).toEqual([0.5, 0.25, 0.25]);
    expect(normaliseWeights([0, 0, 0, 0])).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(normaliseWeights([])).toEqual([]);
    expect(() => normaliseWeights([0.2, -0.1])).toThrow(/weight 2/);
  });

  it('rounds normalised weights to hundredths that still sum to exactly 1.00', () => {
    // Three equal weights: 0.34 + 0.33 + 0.33 (largest remainder), not three 0.33 summing to 0.99.
    expect(normaliseRounded([1, 1, 1])).toEqual([0.34, 0.33, 0.33]);
    expect(normaliseRounded([0.3, 0.2, 0.25, 0.1])).toEqual([0.35, 0.24, 0.29, 0.12]);
    expect(normaliseRounded([1, 1, 1, 1, 1, 1, 1], 3)).toEqual([
      0.143, 0.143, 0.143, 0.143, 0.143, 0.143, 0.142,
    ]);
  });

  it('rounded weights sum to 1 in hundredths, each within a hundredth of its exact share (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 1, maxLength: 50 }),
        (weights) => {
          const exact = normaliseWeights(weights);
          const rounded = normaliseRounded(weights);
          expect(rounded.reduce((n, w) => n + Math.round(w * 100), 0)).toBe(100);
          rounded.forEach((w, i) => {
            expect(Math.round(w * 100) / 100).toBe(w);
            expect(Math.abs(w - exact[i]!)).toBeLessThan(0.01 + 1e-12);
          });
        },
      ),
    );
  });

  it('normalised weights sum to 1 and keep their ratios (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 1, maxLength: 30 }),
        (weights) => {
          const out = normaliseWeights(weights);
          expect(weightsSumToOne(out.reduce((a, b) => a + b, 0))).toBe(true);
          const sum = weights.reduce((a, b) => a + b, 0);
          if (sum > 0) out.forEach((w, i) => expect(w).toBeCloseTo(weights[i]! / sum, 12));
        },
      ),
    );
  });

  it('shows a right sum as 1.00 and never shows a wrong sum as 1.00', () => {
    expect(formatWeightSum(1 / 3 + 1 / 3 + 1 / 3)).toBe('1.00');
    expect(formatWeightSum(0.1 + 0.2 + 0.7)).toBe('1.00');
    expect(formatWeightSum(0.996)).toBe('0.996');
    expect(formatWeightSum(1.004)).toBe('1.004');
    expect(formatWeightSum(0.95)).toBe('0.95');
    fc.assert(
      fc.property(fc.double({ min: 0, max: 3, noNaN: true }), (sum) => {
        expect(formatWeightSum(sum) === '1.00').toBe(weightsSumToOne(sum));
      }),
    );
  });
});
