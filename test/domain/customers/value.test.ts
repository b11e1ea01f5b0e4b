import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  courseLifetimeValue,
  retentionLifetimeValue,
  wordOfMouth,
} from '../../../src/domain/customers/value';

describe('the course’s customer value (KFC exercise)', () => {
  it('a customer who comes once a week, spends 50 yuan a visit, for 10 years is worth 26,000 yuan', () => {
    // Course text (客户价值): 50 元 × 52 次/年 × 10 年 = 26,000 元.
    expect(courseLifetimeValue({ spendPerVisit: 50, visitsPerYear: 52, years: 10 })).toBe(26_000);
  });

  it('word of mouth: told 5 or 10 people, 20% of listeners act: one customer gained, two lost', () => {
    // Course text: a satisfied customer tells 5 people, a dissatisfied one 10; 20% of them follow.
    expect(
      wordOfMouth({ customerValue: 26_000, toldIfSatisfied: 5, toldIfDissatisfied: 10, conversionRate: 0.2 }),
    ).toEqual({ gainedCustomers: 1, lostCustomers: 2, gainedValue: 26_000, lostValue: 52_000 });
  });

  it('refuses inputs out of range instead of clamping them', () => {
    expect(() => courseLifetimeValue({ spendPerVisit: -1, visitsPerYear: 52, years: 10 })).toThrow(
      /spendPerVisit/,
    );
    expect(() =>
      wordOfMouth({ customerValue: 1, toldIfSatisfied: 5, toldIfDissatisfied: 10, conversionRate: 1.5 }),
    ).toThrow(/conversionRate/);
  });
});

describe('retention-based lifetime value', () => {
  it('infinite horizon: the margin multiple r/(1+i−r) of Gupta & Lehmann', () => {
    // Gupta, S. & Lehmann, D. R. (2003), "Customers as assets", Journal of Interactive Marketing 17(1), 9–24:
    // CLV = m·r/(1+i−r); their table of margin multiples gives 2.5 at r = 80%, i = 12% and 4.09 at 90%, 12%.
    expect(
      retentionLifetimeValue({ marginPerPeriod: 1, retentionRate: 0.8, discountRate: 0.12 }),
    ).toBeCloseTo(2.5, 10);
    expect(
      retentionLifetimeValue({ marginPerPeriod: 1, retentionRate: 0.9, discountRate: 0.12 }),
    ).toBeCloseTo(4.09, 2);
    // With the first margin at the start: m·(1+i)/(1+i−r) = 1.12/0.32 = 3.5.
    expect(
      retentionLifetimeValue({
        marginPerPeriod: 1,
        retentionRate: 0.8,
        discountRate: 0.12,
        marginAtStart: true,
      }),
    ).toBeCloseTo(3.5, 10);
  });

  it('finite horizon sums the periods, worked by hand; the acquisition cost is subtracted', () => {
    // m = 100, r = 0.8, i = 0.1, T = 3: 100·(0.8/1.1 + 0.64/1.21 + 0.512/1.331) = 72.727 + 52.893 + 38.467.
    expect(
      retentionLifetimeValue({ marginPerPeriod: 100, retentionRate: 0.8, discountRate: 0.1, periods: 3 }),
    ).toBeCloseTo(164.087, 3);
    // At the start: 100·(1 + 0.8/1.1 + 0.64/1.21) = 225.620; minus 40 acquisition.
    expect(
      retentionLifetimeValue({
        marginPerPeriod: 100,
        retentionRate: 0.8,
        discountRate: 0.1,
        periods: 3,
        marginAtStart: true,
        acquisitionCost: 40,
      }),
    ).toBeCloseTo(185.62, 2);
  });

  it('a finite horizon approaches the infinite one from below as it grows (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 0.95, noNaN: true }),
        fc.double({ min: 0.01, max: 0.5, noNaN: true }),
        fc.boolean(),
        (m, r, i, atStart) => {
          const input = { marginPerPeriod: m, retentionRate: r, discountRate: i, marginAtStart: atStart };
          const infinite = retentionLifetimeValue(input);
          const short = retentionLifetimeValue({ ...input, periods: 5 });
          const long = retentionLifetimeValue({ ...input, periods: 1000 });
          expect(short).toBeLessThanOrEqual(long + 1e-9 * m);
          expect(long).toBeLessThanOrEqual(infinite + 1e-9 * m);
          expect(long).toBeCloseTo(infinite, 6);
        },
      ),
    );
  });

  it('refuses a retention rate above 1, a negative discount rate, 0 periods and a horizon that never ends', () => {
    const base = { marginPerPeriod: 100, retentionRate: 0.8, discountRate: 0.1 };
    expect(() => retentionLifetimeValue({ ...base, retentionRate: 1.2 })).toThrow(/retentionRate/);
    expect(() => retentionLifetimeValue({ ...base, discountRate: -0.1 })).toThrow(/discountRate/);
    expect(() => retentionLifetimeValue({ ...base, periods: 0 })).toThrow(/periods/);
    expect(() => retentionLifetimeValue({ ...base, periods: 2.5 })).toThrow(/periods/);
    expect(() => retentionLifetimeValue({ ...base, retentionRate: 1, discountRate: 0 })).toThrow(/infinite/);
    // A finite horizon is fine at full retention and no discounting: T margins.
    expect(retentionLifetimeValue({ ...base, retentionRate: 1, discountRate: 0, periods: 4 })).toBe(400);
  });
});
