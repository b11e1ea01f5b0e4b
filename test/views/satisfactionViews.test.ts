import { describe, expect, it } from 'vitest';
import { ipaView, satisfactionGapView, satisfactionTable } from '../../src/views/satisfactionViews';
import { example } from './example';
import { ctxEn } from './translate';

describe('the satisfaction survey’s views', () => {
  const survey = example('en').customers.satisfaction;

  it('orders the gap chart by weighted shortfall and names the largest (the example survey)', () => {
    const view = satisfactionGapView(survey, ctxEn)!;
    // Weighted gaps (importance / 28 × (P − E)): complaints −0.129, on time −0.089, price −0.043, undamaged −0.036.
    expect(view.categories.slice(0, 4)).toEqual([
      'Complaint handling',
      'On-time delivery',
      'Price',
      'Parcels arrive undamaged',
    ]);
    expect(view.title).toBe('Largest shortfall: Complaint handling (P 3.4 vs E 4.3)');
    expect(view.series.map((s) => s.values[0])).toEqual([4.3, 3.4]);
  });

  it('places each attribute in its importance–performance quadrant, coloured by quadrant', () => {
    const view = ipaView(survey, ctxEn)!;
    const names = Object.fromEntries(view.groups.map((g) => [g.id, g.points.map((p) => p.label)]));
    // Means: importance 4, performance 3.94 (27.6 / 7).
    expect(names).toEqual({
      concentrateHere: ['Price', 'Complaint handling'],
      keepUpTheGoodWork: ['On-time delivery', 'Parcels arrive undamaged', 'Tracking information'],
      lowPriority: ['Pickup convenience'],
      possibleOverkill: ['Courier courtesy'],
    });
    expect(view.y.max).toBeGreaterThan(5);
  });

  it('has no charts without attributes, and a CSV with the header alone', () => {
    const empty = { scale: { min: 1, max: 5 }, attributes: [] };
    expect(satisfactionGapView(empty, ctxEn)).toBeNull();
    expect(ipaView(empty, ctxEn)).toBeNull();
    expect(satisfactionTable(empty, ctxEn).rows).toHaveLength(1);
  });
});
