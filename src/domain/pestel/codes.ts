import { PESTEL_CATEGORIES } from '../project/schema';
import type { PestelCategory, PestelFactor } from '../project/types';

/** Short codes for factors (P1, Ec2 …): the category's prefix and the factor's place in its category. */
export function factorCodes(
  factors: readonly PestelFactor[],
  prefix: (category: PestelCategory) => string,
): Map<string, string> {
  const counts = new Map<PestelCategory, number>(PESTEL_CATEGORIES.map((c) => [c, 0]));
  const codes = new Map<string, string>();
  for (const factor of factors) {
    const n = (counts.get(factor.category) ?? 0) + 1;
    counts.set(factor.category, n);
    codes.set(factor.id, `${prefix(factor.category)}${n}`);
  }
  return codes;
}
