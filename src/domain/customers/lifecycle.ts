/** The course's five-level customer classification, from the widest group to the narrowest. */
export const LIFECYCLE_STAGES = ['potential', 'target', 'prospective', 'transacting', 'loyal'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

export interface FunnelStage {
  stage: LifecycleStage;
  customers: number;
  /** Share of the stage before that reached this one (0–1); null for the first stage or after an empty one. */
  fromPrevious: number | null;
  /** Share of the first stage that reached this one (0–1); null when the first stage is empty. */
  fromFirst: number | null;
  /** More customers than the stage before: a funnel only narrows, so the counts need checking. */
  widens: boolean;
}

/**
 * The customer funnel: each of the five stages with the share of the stage before that reached it (the
 * conversion rate) and the share of the first stage. A stage larger than the one before is flagged, not
 * corrected.
 */
export function lifecycleFunnel(counts: Record<LifecycleStage, number>): FunnelStage[] {
  const first = counts.potential;
  return LIFECYCLE_STAGES.map((stage, i) => {
    const customers = counts[stage];
    const before = i > 0 ? counts[LIFECYCLE_STAGES[i - 1]!] : null;
    return {
      stage,
      customers,
      fromPrevious: before === null || before <= 0 ? null : customers / before,
      fromFirst: first > 0 ? customers / first : null,
      widens: before !== null && customers > before,
    };
  });
}

/** KFC's visitors by how often they come: heavy, medium and light. */
export const FREQUENCY_SEGMENTS = ['heavy', 'medium', 'light'] as const;
export type FrequencySegment = (typeof FREQUENCY_SEGMENTS)[number];

export interface FrequencyShare {
  segment: FrequencySegment;
  customers: number;
  visitsPerYear: number;
  /** customers × visits per year. */
  visits: number;
  /** Shares of all customers and of all visits (0–1); 0 when there are none. */
  customerShare: number;
  visitShare: number;
}

/** Each frequency segment's share of the customers beside its share of the visits they make. */
export function frequencyShares(
  segments: Record<FrequencySegment, { customers: number; visitsPerYear: number }>,
): FrequencyShare[] {
  const rows = FREQUENCY_SEGMENTS.map((segment) => {
    const { customers, visitsPerYear } = segments[segment];
    return { segment, customers, visitsPerYear, visits: customers * visitsPerYear };
  });
  const customers = rows.reduce((n, r) => n + r.customers, 0);
  const visits = rows.reduce((n, r) => n + r.visits, 0);
  return rows.map((r) => ({
    ...r,
    customerShare: customers > 0 ? r.customers / customers : 0,
    visitShare: visits > 0 ? r.visits / visits : 0,
  }));
}
