import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cycleServiceLevel,
  fillRate,
  inverseNormalCdf,
  normalLossFunction,
  safetyStockForCycleServiceLevel,
  safetyStockForFillRate,
} from '../../../src/domain/service-cost/inventory';

// Chopra & Meindl, Supply Chain Management: Strategy, Planning, and Operation, chapter on safety
// inventory, the Lego-at-Walmart examples: weekly demand normal with σ_D = 500 boxes, lead time 2 weeks,
// so σ_L = 500 √2 = 707; order quantity Q = 10,000; reorder point 6,000 against mean lead-time demand
// 5,000, so safety stock 1,000.
const lego = { demandStdDevPerPeriod: 500, leadTimePeriods: 2 };

describe('standard normal', () => {
  it('z(0.95) = 1.6449, z(0.5) = 0, z(0.9) = 1.2816 (standard normal tables)', () => {
    expect(inverseNormalCdf(0.95)).toBeCloseTo(1.6449, 4);
    expect(inverseNormalCdf(0.5)).toBeCloseTo(0, 12);
    expect(inverseNormalCdf(0.9)).toBeCloseTo(1.2816, 4);
  });

  it('G(0) = φ(0) = 0.3989 and G(1.645) ≈ 0.0209 (unit normal loss tables)', () => {
    expect(normalLossFunction(0)).toBeCloseTo(0.3989, 4);
    expect(normalLossFunction(1.645)).toBeCloseTo(0.0209, 4);
  });

  it('refuses probabilities of 0 or 1', () => {
    expect(() => inverseNormalCdf(1)).toThrow(/strictly between 0 and 1/);
    expect(() => inverseNormalCdf(0)).toThrow(/strictly between 0 and 1/);
  });
});

describe('Chopra and Meindl safety-stock examples', () => {
  it('safety stock 1,000 gives a cycle service level of 0.92', () => {
    expect(cycleServiceLevel({ safetyStock: 1000, ...lego })).toBeCloseTo(0.92, 2);
  });

  it('with Q = 10,000 the fill rate is 0.9975 (ESC = 25.13)', () => {
    const fr = fillRate({ safetyStock: 1000, orderQuantity: 10_000, ...lego });
    expect((1 - fr) * 10_000).toBeCloseTo(25.13, 0);
    expect(fr).toBeCloseTo(0.9975, 4);
  });

  it('a cycle service level of 0.90 needs about 906 boxes of safety stock', () => {
    expect(safetyStockForCycleServiceLevel({ cycleServiceLevel: 0.9, ...lego })).toBeCloseTo(906, 0);
  });

  it('a fill rate of 0.975 with Q = 10,000 needs about 67 boxes of safety stock', () => {
    const ss = safetyStockForFillRate({ fillRate: 0.975, orderQuantity: 10_000, ...lego });
    expect(Math.abs(ss - 67)).toBeLessThan(2);
    expect(fillRate({ safetyStock: ss, orderQuantity: 10_000, ...lego })).toBeCloseTo(0.975, 9);
  });

  it('refuses service levels of 1 and non-positive inputs', () => {
    expect(() => safetyStockForCycleServiceLevel({ cycleServiceLevel: 1, ...lego })).toThrow(
      /infinite stock/,
    );
    expect(() =>
      cycleServiceLevel({ safetyStock: 10, demandStdDevPerPeriod: 0, leadTimePeriods: 2 }),
    ).toThrow(/standard deviation/);
    expect(() => fillRate({ safetyStock: 10, orderQuantity: 0, ...lego })).toThrow(/order quantity/);
  });
});

describe('properties', () => {
  const stock = fc.double({ min: -3000, max: 5000, noNaN: true });
  it('service levels rise with safety stock and stay within 0–1', () => {
    fc.assert(
      fc.property(stock, fc.double({ min: 0.01, max: 2000, noNaN: true }), (ss, extra) => {
        const low = { safetyStock: ss, orderQuantity: 5000, ...lego };
        const high = { ...low, safetyStock: ss + extra };
        expect(cycleServiceLevel(high)).toBeGreaterThanOrEqual(cycleServiceLevel(low));
        expect(fillRate(high)).toBeGreaterThanOrEqual(fillRate(low));
        for (const v of [cycleServiceLevel(low), fillRate(low)]) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('the inverse functions undo the forward ones', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 0.995, noNaN: true }), (level) => {
        const ss = safetyStockForCycleServiceLevel({ cycleServiceLevel: level, ...lego });
        expect(cycleServiceLevel({ safetyStock: ss, ...lego })).toBeCloseTo(level, 9);
        const ss2 = safetyStockForFillRate({ fillRate: level, orderQuantity: 3000, ...lego });
        expect(fillRate({ safetyStock: ss2, orderQuantity: 3000, ...lego })).toBeCloseTo(level, 6);
      }),
    );
  });
});

describe('uncertain lead time (Chopra and Meindl, the Dell example)', () => {
  it('daily demand 1,000 (σ 300), lead time 7 days with σ 7 days: σ_L = 7,045 and 9,029 units for a CSL of 0.90', () => {
    const dell = {
      demandPerPeriod: 1000,
      demandStdDevPerPeriod: 300,
      leadTimePeriods: 7,
      leadTimeStdDevPeriods: 7,
    };
    const ss = safetyStockForCycleServiceLevel({ cycleServiceLevel: 0.9, ...dell });
    expect(ss / inverseNormalCdf(0.9)).toBeCloseTo(7045, 0);
    expect(Math.abs(ss - 9029)).toBeLessThan(5);
  });
});
