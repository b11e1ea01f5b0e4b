import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monteCarloFirst } from '../../../src/domain/strategy/monteCarlo';

const input = {
  weights: [0.3, 0.3, 0.4],
  scores: [
    [3, 3, 3],
    [2, 4, 3],
    [1, 1, null],
  ],
};

describe('monteCarloFirst', () => {
  it('the same seed gives the same result; the shares sum to 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const a = monteCarloFirst({ ...input, seed, runs: 200 });
        const b = monteCarloFirst({ ...input, seed, runs: 200 });
        expect(a).toEqual(b);
        expect(a.firstShare.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
      }),
      { numRuns: 30 },
    );
  });

  it('different seeds draw differently, and a close race is split between the two front runners', () => {
    const a = monteCarloFirst({ ...input, seed: 1 });
    const b = monteCarloFirst({ ...input, seed: 2 });
    expect(a.firstShare).not.toEqual(b.firstShare);
    // Totals 3.0 and 3.0: a coin toss between the first two; the third (at most 1.6) never wins.
    expect(a.firstShare[0]).toBeGreaterThan(0.3);
    expect(a.firstShare[1]).toBeGreaterThan(0.3);
    expect(a.firstShare[2]).toBe(0);
  });

  it('an alternative ahead on every factor by more than the noise always comes first', () => {
    const r = monteCarloFirst({
      weights: [0.5, 0.5],
      scores: [
        [4, 4],
        [1, 2],
      ],
      seed: 7,
      runs: 500,
    });
    expect(r.firstShare).toEqual([1, 0]);
  });

  it('draws a cell’s score from the participants’ scores where a workshop gave them', () => {
    // One factor. A: half the group gave 2, half gave 4; B: a fixed 3 that does not move. A leads in the runs
    // where it draws a 4, so about half of them (binomial: 2000 runs, SD ≈ 1.1 points of share).
    const split = monteCarloFirst({
      weights: [1],
      scores: [[3], [3]],
      draws: [[[0, 4, 0, 4, 0]], [null]],
      scoreSpread: 0,
      seed: 11,
    });
    expect(split.firstShare[0]).toBeGreaterThan(0.45);
    expect(split.firstShare[0]).toBeLessThan(0.55);
    // Everyone gave A a 1: it never leads, whatever its fixed score says.
    const unanimous = monteCarloFirst({
      weights: [1],
      scores: [[4], [3]],
      draws: [[[5, 0, 0, 0, 0]], [null]],
      scoreSpread: 0,
      seed: 11,
    });
    expect(unanimous.firstShare).toEqual([0, 1]);
    // No counts (all zero) falls back to the fixed score.
    const empty = monteCarloFirst({
      weights: [1],
      scores: [[4], [3]],
      draws: [[[0, 0, 0, 0, 0]], [null]],
      scoreSpread: 0,
      seed: 1,
    });
    expect(empty.firstShare).toEqual([1, 0]);
  });
});
