import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  leaderOf,
  leaderRanges,
  rankFlipWeight,
  reweight,
  weightedTotal,
} from '../../../src/domain/strategy/sensitivity';

const instance = fc.integer({ min: 2, max: 8 }).chain((n) =>
  fc.record({
    weights: fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
    a: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: n, maxLength: n }),
    b: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: n, maxLength: n }),
    criterion: fc.integer({ min: 0, max: n - 1 }),
  }),
);

describe('rankFlipWeight', () => {
  it('a worked example: price 0.2 → the tie at 0.4', () => {
    // A: 4 on price, 1 on service; B: 1 on price, 3 on service. Weights 0.2 / 0.8: A 2.0, B 2.6.
    // With x on price and 1 − x on service: A = 4x + (1 − x), B = x + 3(1 − x); equal at x = 0.4.
    expect(rankFlipWeight([0.2, 0.8], [4, 1], [1, 3], 0)).toBeCloseTo(0.4, 12);
    expect(rankFlipWeight([0.2, 0.8], [4, 1], [1, 3], 1)).toBeCloseTo(0.6, 12);
  });

  it('a flip weight really ties the two, with the other weights rescaled in proportion', () => {
    fc.assert(
      fc.property(instance, ({ weights, a, b, criterion }) => {
        const x = rankFlipWeight(weights, a, b, criterion);
        if (x === null) return;
        expect(x).toBeGreaterThan(0);
        expect(x).toBeLessThan(1);
        const w = reweight(weights, criterion, x);
        expect(w.reduce((s, v) => s + v, 0)).toBeCloseTo(
          weights.reduce((s, v) => s + v, 0),
          9,
        );
        expect(weightedTotal(w, a) - weightedTotal(w, b)).toBeCloseTo(0, 9);
      }),
    );
  });

  it('is null when the two never tie or always tie', () => {
    expect(rankFlipWeight([0.5, 0.5], [4, 4], [1, 1], 0)).toBeNull();
    expect(rankFlipWeight([0.5, 0.5], [2, 3], [2, 3], 0)).toBeNull();
    expect(rankFlipWeight([1, 0], [4, 1], [1, 4], 0)).toBeNull();
  });
});

describe('leaderRanges (the tornado)', () => {
  it('gives, per criterion, the weights beyond which another alternative leads', () => {
    const weights = [0.6, 0.4];
    const scores = [
      [4, 1], // leader: 2.8
      [1, 3], // 1.8
    ];
    expect(leaderOf(weights, scores)).toBe(0);
    const [price, service] = leaderRanges(weights, scores);
    expect(price).toMatchObject({ lower: expect.closeTo(0.4, 12), upper: null, lowerChallenger: 1 });
    expect(price!.shift).toBeCloseTo(0.2, 12);
    expect(service).toMatchObject({ lower: null, upper: expect.closeTo(0.6, 12), upperChallenger: 1 });
  });

  it('just past a bound the leader has changed, and just inside it has not', () => {
    fc.assert(
      fc.property(
        instance.chain((x) =>
          fc.record({
            base: fc.constant(x),
            c: fc.array(fc.integer({ min: 0, max: 4 }), {
              minLength: x.weights.length,
              maxLength: x.weights.length,
            }),
          }),
        ),
        ({ base, c }) => {
          const scores = [base.a, base.b, c];
          const leader = leaderOf(base.weights, scores);
          const totals = scores.map((s) => weightedTotal(base.weights, s));
          const sorted = [...totals].sort((p, q) => q - p);
          fc.pre(sorted[0]! - sorted[1]! > 1e-6);
          for (const r of leaderRanges(base.weights, scores)) {
            for (const [bound, dir] of [
              [r.upper, 1],
              [r.lower, -1],
            ] as const) {
              if (bound === null) continue;
              const inside = reweight(base.weights, r.criterion, bound - dir * 1e-7);
              const outside = reweight(base.weights, r.criterion, bound + dir * 1e-7);
              const insideTotals = scores.map((s) => weightedTotal(inside, s));
              expect(Math.max(...insideTotals) - insideTotals[leader]!).toBeLessThan(1e-9);
              expect(leaderOf(outside, scores)).not.toBe(leader);
            }
          }
        },
      ),
    );
  });
});
