import { MATRIX_QUADRANTS, type MatrixKind } from '../swot/factorMatrix';
import type { Project, Quadrant } from '../project/types';

export interface WeightChange {
  id: string;
  quadrant: Quadrant;
  dots: number;
  before: number | null;
  /** The item's share of its matrix's dots (0–1): the IFE's among strengths and weaknesses, the EFE's among opportunities and threats. */
  after: number;
}

/**
 * The IFE and EFE weights a dot vote on SWOT items implies: each item's dots over all dots given to its
 * matrix's items, so that each matrix's weights sum to 1. A matrix that got no dots is left as it is (null).
 */
export function weightsFromVotes(
  swot: Project['swot'],
  votes: ReadonlyMap<string, number>,
): Record<MatrixKind, WeightChange[] | null> {
  const matrix = (kind: MatrixKind) => {
    const items = MATRIX_QUADRANTS[kind].flatMap((quadrant) =>
      swot[quadrant].map((item) => ({ item, quadrant })),
    );
    const dotsOf = (id: string) => Math.max(0, votes.get(id) ?? 0);
    const total = items.reduce((sum, { item }) => sum + dotsOf(item.id), 0);
    if (total === 0) return null;
    return items.map(({ item, quadrant }) => ({
      id: item.id,
      quadrant,
      dots: dotsOf(item.id),
      before: item.weight,
      after: dotsOf(item.id) / total,
    }));
  };
  return { ife: matrix('ife'), efe: matrix('efe') };
}
