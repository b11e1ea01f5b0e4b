import { describe, expect, it } from 'vitest';
import { abcAnalysis } from '../../../src/domain/customers/tiers';

const settings = { a: 0.8, b: 0.95, tiers: { A: 'high', B: 'medium', C: 'low' } } as const;

describe('ABC classes with their service tiers', () => {
  it('sums customers and value per class and draws the ABC curve (the course’s 5/15/80 picture)', () => {
    // Course text (客户ABC分类): A ≈ 5% of customers with ≈ 80% of profit, B 15% / 15%, C 80% / 5%.
    const result = abcAnalysis(
      [
        { id: 'c', name: 'Small shops', value: 50, customers: 80 },
        { id: 'a', name: 'Key accounts', value: 800, customers: 5 },
        { id: 'b', name: 'Regional firms', value: 150, customers: 15 },
      ],
      settings,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(
      result.value.classes.map((c) => [c.class, c.tier, c.customers, c.customerShare, c.valueShare]),
    ).toEqual([
      ['A', 'high', 5, 0.05, 0.8],
      ['B', 'medium', 15, 0.15, 0.15],
      ['C', 'low', 80, 0.8, 0.05],
    ]);
    expect(result.value.curve).toEqual([
      { x: 0, y: 0 },
      { x: 0.05, y: 0.8 },
      { x: 0.2, y: 0.95 },
      { x: 1, y: 1 },
    ]);
    expect(result.value.ranked.map((r) => r.name)).toEqual(['Key accounts', 'Regional firms', 'Small shops']);
  });

  it('refuses a negative value with the path of its segment', () => {
    const result = abcAnalysis([{ id: 'x', name: 'x', value: -5, customers: 1 }], settings);
    expect(result.ok || result.errors.map((e) => e.path)).toEqual(['segments[0].value']);
  });
});
