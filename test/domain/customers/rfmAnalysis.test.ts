import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summariseRfm } from '../../../src/domain/customers/rfmAnalysis';
import { RFM_SEGMENT_RULES, RFM_SEGMENTS, rfmSegment } from '../../../src/domain/customers/rfmSegments';

describe('the R × F segment map', () => {
  it('names every one of the 25 cells exactly once', () => {
    for (let r = 1; r <= 5; r += 1)
      for (let f = 1; f <= 5; f += 1) {
        const rules = RFM_SEGMENT_RULES.filter(
          (x) =>
            r >= x.r[0] &&
            r <= x.r[1] &&
            f >= x.f[0] &&
            f <= x.f[1] &&
            !(x.segment === 'hibernating' && r === 1 && f === 1),
        );
        expect(rules, `R ${r} F ${f}`).toHaveLength(1);
      }
    expect(new Set(RFM_SEGMENT_RULES.map((r) => r.segment))).toEqual(new Set(RFM_SEGMENTS));
  });

  it.each([
    [5, 5, 'champions'],
    [5, 1, 'newCustomers'],
    [4, 1, 'promising'],
    [3, 3, 'needAttention'],
    [4, 5, 'loyal'],
    [1, 5, 'cantLose'],
    [2, 3, 'atRisk'],
    [2, 2, 'hibernating'],
    [1, 1, 'lost'],
  ] as const)('R %i, F %i is %s', (r, f, segment) => {
    expect(rfmSegment(r, f)).toBe(segment);
  });

  it('refuses scores outside 1–5', () => {
    expect(() => rfmSegment(0, 3)).toThrow(RangeError);
    expect(() => rfmSegment(3, 6)).toThrow(RangeError);
  });
});

const customers = fc.uniqueArray(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 6 }),
    recencyDays: fc.integer({ min: 0, max: 800 }),
    frequency: fc.integer({ min: 1, max: 60 }),
    monetary: fc.integer({ min: -500, max: 100_000 }),
  }),
  { selector: (c) => c.id, maxLength: 120 },
);

describe('summarising an import', () => {
  it('counts every customer once in the cells and once in the segments, with their money (property)', () => {
    fc.assert(
      fc.property(customers, (list) => {
        const summary = summariseRfm(list, 1000);
        const money = list.reduce((n, c) => n + c.monetary, 0);
        expect(summary.cells).toHaveLength(25);
        expect(summary.cells.reduce((n, c) => n + c.customers, 0)).toBe(list.length);
        expect(summary.segments.reduce((n, s) => n + s.customers, 0)).toBe(list.length);
        expect(summary.cells.reduce((n, c) => n + c.monetary, 0)).toBeCloseTo(money, 6);
        expect(summary.segments.reduce((n, s) => n + s.monetary, 0)).toBeCloseTo(money, 6);
        for (const c of summary.top) expect(rfmSegment(c.r, c.f)).toBe(c.segment);
      }),
    );
  });

  it('keeps the most valuable customers, highest first, ties by id (property)', () => {
    fc.assert(
      fc.property(customers, fc.integer({ min: 0, max: 50 }), (list, keep) => {
        const { top } = summariseRfm(list, keep);
        expect(top).toHaveLength(Math.min(keep, list.length));
        const ranked = [...list].sort((a, b) => b.monetary - a.monetary || (a.id < b.id ? -1 : 1));
        expect(top.map((c) => c.id)).toEqual(ranked.slice(0, keep).map((c) => c.id));
      }),
    );
  });

  it('gives each segment the mean recency and frequency of its customers (worked by hand)', () => {
    // Five customers, one per score: the most recent and most frequent is a champion, the opposite lost.
    const list = [1, 2, 3, 4, 5].map((k) => ({
      id: `c${k}`,
      recencyDays: 10 * k,
      frequency: 6 - k,
      monetary: 100 * k,
    }));
    const summary = summariseRfm(list, 5);
    const of = (segment: string) => summary.segments.find((s) => s.segment === segment)!;
    expect(of('champions')).toMatchObject({
      customers: 1,
      monetary: 100,
      meanRecencyDays: 10,
      meanFrequency: 5,
    });
    expect(of('lost')).toMatchObject({ customers: 1, monetary: 500, meanRecencyDays: 50, meanFrequency: 1 });
    expect(of('atRisk')).toMatchObject({ customers: 0, meanRecencyDays: null, meanFrequency: null });
  });
});
