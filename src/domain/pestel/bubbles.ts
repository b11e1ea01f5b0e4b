import { PESTEL_CATEGORIES } from '../project/schema';
import type { PestelCategory, PestelFactor } from '../project/types';
import { rankFactors, spreadCoincident } from './score';

export interface BubblePoint {
  code: string;
  text: string;
  likelihood: number;
  impact: number;
  score: number;
  /** Where the bubble is drawn: likelihood, nudged sideways when several factors share a point. */
  x: number;
}

/** The scored factors of each category as bubbles (likelihood × impact), categories without any left out. */
export function pestelBubbles(
  factors: readonly PestelFactor[],
  codes: ReadonlyMap<string, string>,
): Array<{ category: PestelCategory; points: BubblePoint[] }> {
  const ranked = rankFactors(factors);
  const offsets = spreadCoincident(factors);
  return PESTEL_CATEGORIES.map((category) => ({
    category,
    points: ranked
      .filter((r) => r.factor.category === category && r.score !== null)
      .map((r) => ({
        code: codes.get(r.factor.id) ?? '',
        text: r.factor.text,
        likelihood: r.factor.likelihood!,
        impact: r.factor.impact!,
        score: r.score!,
        x: r.factor.likelihood! + (offsets.get(r.factor.id) ?? 0),
      })),
  })).filter((s) => s.points.length > 0);
}
