import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frequencyShares, lifecycleFunnel } from '../../../src/domain/customers/lifecycle';
import { frequencyView, funnelView } from '../../../src/views/funnelViews';
import { ctxEn as ctx } from '../../views/translate';

const counts = { potential: 1000, target: 400, prospective: 200, transacting: 50, loyal: 10 };

describe('the five-level customer funnel (potential → target → prospective → transacting → loyal)', () => {
  it('gives each level’s conversion from the level before and from the potential customers', () => {
    const stages = lifecycleFunnel(counts);
    expect(stages.map((s) => [s.stage, s.fromPrevious, s.fromFirst, s.widens])).toEqual([
      ['potential', null, 1, false],
      ['target', 0.4, 0.4, false],
      ['prospective', 0.5, 0.2, false],
      ['transacting', 0.25, 0.05, false],
      ['loyal', 0.2, 0.01, false],
    ]);
  });

  it('flags a level larger than the one before, and has no rate after an empty level', () => {
    const stages = lifecycleFunnel({ ...counts, prospective: 500, transacting: 0, loyal: 0 });
    expect(stages[2]!.widens).toBe(true);
    expect(stages[4]!.fromPrevious).toBeNull();
    expect(lifecycleFunnel({ ...counts, potential: 0 })[1]!.fromFirst).toBeNull();
  });

  it('the product of the conversion rates is the share of the potential customers that got there (property)', () => {
    const count = fc.integer({ min: 1, max: 1_000_000 });
    fc.assert(
      fc.property(fc.tuple(count, count, count, count, count), ([a, b, c, d, e]) => {
        const stages = lifecycleFunnel({ potential: a, target: b, prospective: c, transacting: d, loyal: e });
        let product = 1;
        for (const s of stages.slice(1)) {
          product *= s.fromPrevious!;
          expect(product).toBeCloseTo(s.fromFirst!, 9);
        }
      }),
    );
  });

  it('is drawn as a centred funnel: each bar on a spacer of half its difference from the widest', () => {
    const view = funnelView(lifecycleFunnel(counts), ctx)!;
    expect(view.title).toBe('1% of the potential customers become Loyal customers');
    expect(view.series[0]!.values).toEqual([null, 300, 400, 475, 495]);
    expect(view.series[1]!.pointLabels).toEqual(['1,000', '400', '200', '50', '10']);
    expect(view.categories).toEqual([
      'Potential customers',
      'Target customers · 40%',
      'Prospective customers · 50%',
      'Transacting customers · 25%',
      'Loyal customers · 20%',
    ]);
    expect(funnelView(lifecycleFunnel({ ...counts, potential: 0 }), ctx)).toBeNull();
  });
});

describe('heavy, medium and light customers', () => {
  it('sets each group’s share of the customers beside its share of the visits', () => {
    // Illustrative: 10% heavy customers coming 50 times a year make 10 × 50 / (10 × 50 + 30 × 10 + 60 × 2) of visits.
    const rows = frequencyShares({
      heavy: { customers: 10, visitsPerYear: 50 },
      medium: { customers: 30, visitsPerYear: 10 },
      light: { customers: 60, visitsPerYear: 2 },
    });
    expect(rows.map((r) => [r.segment, r.visits, r.customerShare])).toEqual([
      ['heavy', 500, 0.1],
      ['medium', 300, 0.3],
      ['light', 120, 0.6],
    ]);
    expect(rows[0]!.visitShare).toBeCloseTo(500 / 920, 12);
    expect(frequencyView(rows, ctx)!.title).toBe(
      'Heavy customers are 10% of the customers and make 54.3% of the visits',
    );
  });

  it('shares sum to 1 whenever anything is counted (property)', () => {
    const group = fc.record({ customers: fc.nat(1e6), visitsPerYear: fc.nat(1e4) });
    fc.assert(
      fc.property(group, group, group, (heavy, medium, light) => {
        const rows = frequencyShares({ heavy, medium, light });
        const sum = (k: 'customerShare' | 'visitShare') => rows.reduce((n, r) => n + r[k], 0);
        if (rows.some((r) => r.customers > 0)) expect(sum('customerShare')).toBeCloseTo(1, 9);
        if (rows.some((r) => r.visits > 0)) expect(sum('visitShare')).toBeCloseTo(1, 9);
      }),
    );
  });
});
