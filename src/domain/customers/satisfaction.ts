/** Satisfaction as performance against expectation (the course's P and E), the gap per attribute and the CSI. */

export type Verdict = 'satisfied' | 'acceptable' | 'dissatisfied';

export interface Attribute {
  id: string;
  /** How much it matters, ≥ 0 (any scale: the weights are its share of the total). */
  importance: number;
  /** Expected (E) and perceived performance (P), on the survey's scale. */
  expectation: number;
  performance: number;
}

export interface Scale {
  min: number;
  max: number;
}

// Survey means are typed with two decimals at most: closer than this they are equal.
const EQUAL = 1e-9;

/** The course's verdict: P > E satisfied, P = E acceptable, P < E dissatisfied. */
export function verdict(performance: number, expectation: number): Verdict {
  const gap = performance - expectation;
  return gap > EQUAL ? 'satisfied' : gap < -EQUAL ? 'dissatisfied' : 'acceptable';
}

export interface Gap {
  id: string;
  /** P − E on the survey's scale. */
  gap: number;
  /** Importance as a share of the total importance, 0–1. */
  weight: number;
  /** weight × (P − E): the shortfall that matters most is the most negative. */
  weightedGap: number;
  verdict: Verdict;
}

function check(attributes: readonly Attribute[], scale: Scale): void {
  if (!(Number.isFinite(scale.min) && Number.isFinite(scale.max) && scale.min < scale.max))
    throw new RangeError(`scale ${scale.min}–${scale.max} must run from a lower to a higher number`);
  attributes.forEach((a, i) => {
    if (!Number.isFinite(a.importance) || a.importance < 0)
      throw new RangeError(`attributes[${i}].importance must be at least 0 (got ${a.importance})`);
    for (const key of ['expectation', 'performance'] as const) {
      const v = a[key];
      if (!Number.isFinite(v) || v < scale.min || v > scale.max)
        throw new RangeError(`attributes[${i}].${key} must be within ${scale.min}–${scale.max} (got ${v})`);
    }
  });
}

/**
 * Each attribute's gap P − E, its weight (importance share) and weighted gap, sorted by weighted gap ascending
 * (the largest weighted shortfall first; ties keep the attributes' order). Throws a RangeError for a value off
 * the scale or a negative importance. With no importance at all every attribute weighs the same.
 */
export function satisfactionGaps(attributes: readonly Attribute[], scale: Scale): Gap[] {
  check(attributes, scale);
  const total = attributes.reduce((s, a) => s + a.importance, 0);
  return attributes
    .map((a) => {
      const weight = total > 0 ? a.importance / total : 1 / attributes.length;
      const gap = a.performance - a.expectation;
      return {
        id: a.id,
        gap,
        weight,
        weightedGap: weight * gap,
        verdict: verdict(a.performance, a.expectation),
      };
    })
    .sort((x, y) => x.weightedGap - y.weightedGap);
}

/**
 * The customer satisfaction index, 0–100: the importance-weighted mean performance placed on its scale,
 * 100 × (Σ w·P / Σ w − min) / (max − min), as the ACSI reports its scores. Null without attributes.
 */
export function satisfactionIndex(attributes: readonly Attribute[], scale: Scale): number | null {
  check(attributes, scale);
  if (attributes.length === 0) return null;
  const total = attributes.reduce((s, a) => s + a.importance, 0);
  const mean =
    total > 0
      ? attributes.reduce((s, a) => s + a.importance * a.performance, 0) / total
      : attributes.reduce((s, a) => s + a.performance, 0) / attributes.length;
  return (100 * (mean - scale.min)) / (scale.max - scale.min);
}

export type IpaQuadrant = 'concentrateHere' | 'keepUpTheGoodWork' | 'lowPriority' | 'possibleOverkill';

/**
 * Importance–performance analysis (Martilla & James, 1977): each attribute's quadrant by its importance and
 * performance against their means (at the mean counts as high).
 */
export function importancePerformance(attributes: readonly Attribute[]): Map<string, IpaQuadrant> {
  const n = attributes.length;
  const meanI = attributes.reduce((s, a) => s + a.importance, 0) / n;
  const meanP = attributes.reduce((s, a) => s + a.performance, 0) / n;
  return new Map(
    attributes.map((a) => {
      const important = a.importance >= meanI;
      const good = a.performance >= meanP;
      const quadrant: IpaQuadrant = important
        ? good
          ? 'keepUpTheGoodWork'
          : 'concentrateHere'
        : good
          ? 'possibleOverkill'
          : 'lowPriority';
      return [a.id, quadrant];
    }),
  );
}
