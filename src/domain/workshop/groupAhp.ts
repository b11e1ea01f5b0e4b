import { ahpKey, ahpWeights, CONSISTENCY_LIMIT, reciprocalMatrix, type AhpResult } from '../strategy/ahp';

/** One person's pairwise judgments, keyed `ahpKey(a, b)` with a before b in the criteria's order (1/9–9). */
export type Judgments = ReadonlyMap<string, number>;

export interface PersonAhp {
  /** Their weights and consistency ratio, from their own judgments (pairs they left out count as equal). */
  result: AhpResult;
  /** How many of the pairs they judged. */
  judged: number;
  consistent: boolean;
}

export interface GroupAhp {
  /** The group's judgment per pair: the geometric mean of everyone who judged it (1 where nobody did). */
  judgments: Map<string, number>;
  result: AhpResult;
  people: PersonAhp[];
  /** People whose judgments went into the group's (all, or only the consistent ones). */
  counted: number;
}

/**
 * Combines several people's AHP judgments by the geometric mean of each pair (aggregation of individual
 * judgments, Aczél & Saaty 1983; Forman & Peniwati 1998), the one mean that keeps the group's matrix
 * reciprocal. Each person's consistency ratio is computed from their own matrix; with `consistentOnly`,
 * people above Saaty's 0.10 are left out of the group (unless that leaves nobody).
 */
export function groupAhp(
  criteria: readonly string[],
  people: readonly Judgments[],
  consistentOnly = false,
): GroupAhp {
  const n = criteria.length;
  const pairKey = (i: number, j: number) => ahpKey(criteria[i]!, criteria[j]!);
  const persons = people.map((judgments): PersonAhp => {
    const result = ahpWeights(reciprocalMatrix(n, (i, j) => judgments.get(pairKey(i, j)) ?? 1));
    let judged = 0;
    for (let i = 0; i < n; i += 1)
      for (let j = i + 1; j < n; j += 1) if (judgments.has(pairKey(i, j))) judged += 1;
    return { result, judged, consistent: result.consistencyRatio <= CONSISTENCY_LIMIT };
  });
  const keep =
    consistentOnly && persons.some((p) => p.consistent)
      ? persons.map((p) => p.consistent)
      : persons.map(() => true);
  const judgments = new Map<string, number>();
  for (let i = 0; i < n; i += 1)
    for (let j = i + 1; j < n; j += 1) {
      const key = pairKey(i, j);
      const values = people.filter((_, k) => keep[k]).flatMap((p) => (p.has(key) ? [p.get(key)!] : []));
      if (values.length === 0) continue;
      // The mean of the logarithms: no overflow however many people, and exact for one.
      judgments.set(key, Math.exp(values.reduce((s, v) => s + Math.log(v), 0) / values.length));
    }
  return {
    judgments,
    result: ahpWeights(reciprocalMatrix(n, (i, j) => judgments.get(pairKey(i, j)) ?? 1)),
    people: persons,
    counted: keep.filter(Boolean).length,
  };
}

/** Saaty's 1–9 scale and its reciprocals: the only values a participant's judgment may take. */
export function isSaatyValue(v: unknown): v is number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) return false;
  const whole = v >= 1 ? v : 1 / v;
  return Math.abs(whole - Math.round(whole)) < 1e-9 && Math.round(whole) >= 1 && Math.round(whole) <= 9;
}
