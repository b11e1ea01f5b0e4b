import type { Project } from '../project/types';

type Cause = Project['implementation']['recovery']['complaints'][number];

/** The share of complaints the "vital few" causes explain (the Pareto principle's 80%). */
export const VITAL_SHARE = 0.8;

export interface RankedCause {
  id: string;
  cause: string;
  count: number;
  /** Its share of all complaints, and the cumulative share up to and including it (0–1). */
  share: number;
  cumulative: number;
  /** Among the fewest causes that together give at least 80% of the complaints. */
  vital: boolean;
}

export interface ComplaintPareto {
  ranked: RankedCause[];
  total: number;
  /** How many causes are vital, and the share of complaints they give. */
  vitalCount: number;
  vitalShare: number;
}

/**
 * The causes of complaints ranked by count (ties keep their order), with each one's share and the cumulative
 * share: the complaint-cause Pareto of service recovery. Null when nothing has been counted.
 */
export function complaintPareto(causes: readonly Cause[]): ComplaintPareto | null {
  const total = causes.reduce((n, c) => n + c.count, 0);
  if (total === 0) return null;
  const sorted = causes
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.count - a.c.count || a.i - b.i)
    .map(({ c }) => c);
  let running = 0;
  let vitalCount = 0;
  const ranked = sorted.map((c) => {
    const before = running;
    running += c.count;
    // A cause is vital while the causes before it give less than 80%: the fewest that reach it.
    const vital = before / total < VITAL_SHARE && c.count > 0;
    if (vital) vitalCount += 1;
    return {
      id: c.id,
      cause: c.cause,
      count: c.count,
      share: c.count / total,
      cumulative: running / total,
      vital,
    };
  });
  const vitalShare = ranked.filter((r) => r.vital).reduce((n, r) => n + r.share, 0);
  return { ranked, total, vitalCount, vitalShare };
}
