import { describe, expect, it } from 'vitest';
import { cpmTotals } from '../../../src/domain/strategy/cpm';
import {
  clockNumber,
  clockRoute,
  isFailureRoute,
  priceQualityCell,
} from '../../../src/domain/strategy/positioning';
import { errcAction, errcGrid } from '../../../src/domain/strategy/valueCurve';
import { verdict } from '../../../src/domain/strategy/verdict';
import type { LeaderRange } from '../../../src/domain/strategy/sensitivity';

describe('price–quality nine cells (Kotler)', () => {
  it('names each cell', () => {
    expect(priceQualityCell(9, 9)).toBe('premium');
    expect(priceQualityCell(9, 5)).toBe('highValue');
    expect(priceQualityCell(9, 1)).toBe('superbValue');
    expect(priceQualityCell(5, 9)).toBe('overcharging');
    expect(priceQualityCell(5, 5)).toBe('mediumValue');
    expect(priceQualityCell(5, 1)).toBe('goodValue');
    expect(priceQualityCell(1, 9)).toBe('ripOff');
    expect(priceQualityCell(1, 5)).toBe('falseEconomy');
    expect(priceQualityCell(1, 1)).toBe('economy');
    expect(() => priceQualityCell(11, 1)).toThrow(/0–10 \(found 11\)/);
  });
});

describe('Bowman’s strategy clock', () => {
  it('numbers the routes round the clock and marks 6–8 as failure routes', () => {
    const routes = [
      [1, 1],
      [1, 5],
      [1, 9],
      [5, 9],
      [9, 9],
      [9, 5],
      [9, 1],
      [5, 1],
    ].map(([price, value]) => clockRoute(price!, value!));
    expect(routes.map(clockNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(routes.map(isFailureRoute)).toEqual([false, false, false, false, false, true, true, true]);
    expect(clockNumber(clockRoute(5, 5))).toBeNull();
  });
});

describe('competitive profile matrix', () => {
  it('reproduces David’s Table 3-14 totals (2.83, 2.28, 3.68)', () => {
    // Critical success factors: weight and ratings of companies 1, 2 and 3.
    const rows: Array<[string, number, number, number, number]> = [
      ['Market share', 0.15, 3, 2, 4],
      ['Inventory system', 0.08, 2, 2, 4],
      ['Financial position', 0.1, 2, 3, 4],
      ['Product quality', 0.08, 3, 4, 3],
      ['Consumer loyalty', 0.02, 3, 3, 4],
      ['Sales distribution', 0.1, 3, 2, 3],
      ['Global expansion', 0.15, 3, 2, 4],
      ['Organization structure', 0.05, 3, 4, 2],
      ['Production capacity', 0.04, 3, 2, 4],
      ['E-commerce', 0.1, 3, 1, 4],
      ['Customer service', 0.1, 3, 2, 4],
      ['Price competitive', 0.02, 4, 1, 3],
      ['Management experience', 0.01, 2, 4, 2],
    ];
    const { totals, unrated } = cpmTotals(
      rows.map(([id, weight, c1, c2, c3]) => ({ id, weight, ratings: { c1, c2, c3 } })),
      ['c1', 'c2', 'c3'],
    );
    expect(totals.c1).toBeCloseTo(2.83, 10);
    expect(totals.c2).toBeCloseTo(2.28, 10);
    expect(totals.c3).toBeCloseTo(3.68, 10);
    expect(unrated).toEqual([]);
  });

  it('lists unrated cells instead of hiding them in a low total', () => {
    const r = cpmTotals([{ id: 'f', weight: 1, ratings: { us: 3, them: null } }], ['us', 'them']);
    expect(r.totals).toEqual({ us: 3, them: 0 });
    expect(r.unrated).toEqual([{ factor: 'f', player: 'them' }]);
  });
});

describe('eliminate–reduce–raise–create', () => {
  it('derives the four actions from the change to today’s value curve', () => {
    expect(errcAction(6, 0)).toBe('eliminate');
    expect(errcAction(6, 3)).toBe('reduce');
    expect(errcAction(3, 6)).toBe('raise');
    expect(errcAction(0, 4)).toBe('create');
    expect(errcAction(0, 0)).toBe('keep');
    expect(
      errcGrid([
        { id: 'lounge', current: 5, proposed: 0 },
        { id: 'price', current: 8, proposed: 4 },
        { id: 'speed', current: 5, proposed: 9 },
        { id: 'app', current: 0, proposed: 7 },
        { id: 'staff', current: 5, proposed: 5 },
      ]),
    ).toEqual({ eliminate: ['lounge'], reduce: ['price'], raise: ['speed'], create: ['app'] });
    expect(() => errcAction(11, 0)).toThrow(/0–10/);
  });
});

describe('verdict', () => {
  const range = (criterion: number, shift: number | null): LeaderRange => ({
    criterion,
    weight: 0.1,
    lower: null,
    lowerChallenger: null,
    upper: null,
    upperChallenger: null,
    shift,
  });
  it('is fragile when a small shift of one weight changes the winner, naming the smallest', () => {
    expect(verdict([range(0, 0.2), range(1, 0.04)], 0.9)).toEqual({
      kind: 'fragile',
      criterion: 1,
      shift: 0.04,
      share: 0.9,
    });
  });
  it('is fragile when the leader wins too few Monte Carlo runs', () => {
    expect(verdict([range(0, 0.3)], 0.55).kind).toBe('fragile');
  });
  it('is robust when no weight is close and the leader nearly always wins; moderate in between', () => {
    expect(verdict([range(0, 0.3), range(1, null)], 0.95)).toEqual({ kind: 'robust', share: 0.95 });
    expect(verdict([range(0, 0.07)], 0.95)).toMatchObject({ kind: 'moderate', criterion: 0 });
    expect(verdict([range(0, 0.3)], 0.7)).toMatchObject({ kind: 'moderate' });
  });
});
