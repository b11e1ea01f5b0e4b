import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { niceRange, niceStep, stepDecimals, ticksBetween } from '../../src/views/scale';

const isRound = (step: number) => {
  const m = step / 10 ** Math.floor(Math.log10(step) + 1e-12);
  return [1, 2, 2.5, 5].some((r) => Math.abs(m - r) < 1e-9);
};

describe('axis scales', () => {
  it('widens a range to round numbers with round ticks', () => {
    expect(niceRange(3.2, 97.1)).toEqual({ min: 0, max: 100, ticks: [0, 20, 40, 60, 80, 100], step: 20 });
    expect(niceRange(62.4, 99.6, 8)).toMatchObject({ min: 60, max: 100, step: 5 });
    expect(niceRange(-983, 12000, 6)).toMatchObject({ min: -2500, max: 12500, step: 2500 });
    expect(niceRange(5, 5).ticks.length).toBeGreaterThanOrEqual(2);
    expect(ticksBetween(0, 0.3, 0.1)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(stepDecimals(0.25)).toBe(2);
    expect(stepDecimals(50)).toBe(0);
  });

  it('always covers the data with at most count + 2 round ticks', () => {
    fc.assert(
      fc.property(
        // Chart data in cents: money and percentages, never subnormal dust.
        fc.integer({ min: -1e9, max: 1e9 }).map((v) => v / 100),
        fc.integer({ min: 0, max: 1e9 }).map((v) => v / 100),
        fc.integer({ min: 3, max: 10 }),
        (lo, span, count) => {
          const r = niceRange(lo, lo + span, count);
          const dust = 1e-9 * (1 + Math.abs(lo) + span);
          expect(r.min).toBeLessThanOrEqual(lo + dust);
          expect(r.max).toBeGreaterThanOrEqual(lo + span - dust);
          expect(isRound(r.step)).toBe(true);
          expect(r.ticks[0]).toBeCloseTo(r.min, 6);
          expect(r.ticks.at(-1)).toBeCloseTo(r.max, 6);
          expect(r.ticks.length).toBeLessThanOrEqual(count + 2);
          expect(niceStep(span || 1, count)).toBeGreaterThan(0);
        },
      ),
    );
  });
});
