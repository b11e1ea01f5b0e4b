import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rfmFromTransactions, rfmScores, type RfmCustomer } from '../../../src/domain/customers/rfm';

describe('RFM from transactions', () => {
  it('counts whole days to the analysis date, transactions and their total per customer (worked by hand)', () => {
    const customers = rfmFromTransactions(
      [
        { customerId: 'c2', date: '2024-02-28', amount: 20 },
        { customerId: 'c1', date: '2024-01-15', amount: 100 },
        { customerId: 'c2', date: '2024-03-01', amount: 35.5 },
        { customerId: 'c1', date: '2023-12-31', amount: -10 },
        { customerId: 'c3', date: '2024-03-10T18:30:00+08:00', amount: 5 },
      ],
      '2024-03-10',
    );
    // 2024 is a leap year: 1 March is 9 days before 10 March, 15 January 55 days (16 + 29 + 10).
    expect(customers).toEqual([
      { id: 'c1', recencyDays: 55, frequency: 2, monetary: 90 },
      { id: 'c2', recencyDays: 9, frequency: 2, monetary: 55.5 },
      { id: 'c3', recencyDays: 0, frequency: 1, monetary: 5 },
    ]);
  });

  it('refuses a date that is not a calendar date, a purchase after the analysis date and an empty id', () => {
    const at =
      (date: string, customerId = 'c') =>
      () =>
        rfmFromTransactions([{ customerId, date, amount: 1 }], '2024-03-10');
    expect(at('2023-02-29')).toThrow(/transactions\[0\]\.date/);
    expect(at('10/03/2024')).toThrow(/transactions\[0\]\.date/);
    expect(at('2024-03-11')).toThrow(/after the analysis date/);
    expect(at('2024-03-01', '')).toThrow(/customerId/);
    expect(() => rfmFromTransactions([], '2024-13-01')).toThrow(/analysisDate/);
  });

  it('keys customers by their own ids, whatever they are called', () => {
    const out = rfmFromTransactions(
      [
        { customerId: '__proto__', date: '2024-03-01', amount: 1 },
        { customerId: 'constructor', date: '2024-03-02', amount: 2 },
      ],
      '2024-03-10',
    );
    expect(out.map((c) => c.id)).toEqual(['__proto__', 'constructor']);
  });
});

describe('RFM scores', () => {
  it('bins by equal counts: the k-th of n gets ⌊k·bins/n⌋ + 1; recency reversed (worked by hand)', () => {
    const customers: RfmCustomer[] = [
      { id: 'a', recencyDays: 3, frequency: 10, monetary: 500 },
      { id: 'b', recencyDays: 40, frequency: 1, monetary: 20 },
      { id: 'c', recencyDays: 10, frequency: 4, monetary: 150 },
      { id: 'd', recencyDays: 200, frequency: 1, monetary: 10 },
      { id: 'e', recencyDays: 10, frequency: 7, monetary: 300 },
    ];
    // n = 5, bins = 5: one customer per score. Recency ascending a(3) c(10) e(10, after c by id) b d → ntile
    // 1 2 3 4 5, reversed: a 5, c 4, e 3, b 2, d 1. Frequency ascending b(1) d(1) c e a → 1 2 3 4 5.
    expect(rfmScores(customers)).toEqual([
      { id: 'a', r: 5, f: 5, m: 5 },
      { id: 'b', r: 2, f: 1, m: 2 },
      { id: 'c', r: 4, f: 3, m: 3 },
      { id: 'd', r: 1, f: 2, m: 1 },
      { id: 'e', r: 3, f: 4, m: 4 },
    ]);
    // Three bins of five: ⌊k·3/5⌋ + 1 for k = 0…4 → 1 1 2 2 3.
    expect(rfmScores(customers, 3).map((s) => s.f)).toEqual([3, 1, 2, 1, 2]);
  });

  it('refuses bins outside 2–10', () => {
    expect(() => rfmScores([], 1)).toThrow(/bins/);
    expect(() => rfmScores([], 11)).toThrow(/bins/);
    expect(() => rfmScores([], 2.5)).toThrow(/bins/);
  });

  it('scores are within 1…bins, as equal in count as can be, and monotone in their value (property)', () => {
    const customer = fc.record({
      id: fc.string({ minLength: 1, maxLength: 5 }),
      recencyDays: fc.integer({ min: 0, max: 400 }),
      frequency: fc.integer({ min: 1, max: 30 }),
      monetary: fc.integer({ min: -50, max: 5000 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(customer, { selector: (c) => c.id, minLength: 1, maxLength: 80 }),
        fc.integer({ min: 2, max: 10 }),
        (customers, bins) => {
          const scores = rfmScores(customers, bins);
          expect(scores.map((s) => s.id)).toEqual(customers.map((c) => c.id));
          for (const key of ['r', 'f', 'm'] as const) {
            const counts = new Map<number, number>();
            for (const s of scores) {
              expect(s[key]).toBeGreaterThanOrEqual(1);
              expect(s[key]).toBeLessThanOrEqual(bins);
              counts.set(s[key], (counts.get(s[key]) ?? 0) + 1);
            }
            const sizes = [...counts.values()];
            expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
          }
          customers.forEach((x, i) =>
            customers.forEach((y, j) => {
              if (x.frequency < y.frequency) expect(scores[i]!.f).toBeLessThanOrEqual(scores[j]!.f);
              if (x.monetary < y.monetary) expect(scores[i]!.m).toBeLessThanOrEqual(scores[j]!.m);
              // More recent (fewer days) never scores lower on recency.
              if (x.recencyDays < y.recencyDays) expect(scores[i]!.r).toBeGreaterThanOrEqual(scores[j]!.r);
            }),
          );
        },
      ),
    );
  });
});
