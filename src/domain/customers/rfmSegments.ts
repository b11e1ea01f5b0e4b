/**
 * Named RFM segments from the recency and frequency scores (1–5): the R×F map used by most RFM tutorials and
 * tools (champions, loyal, potential loyalists, new, promising, need attention, about to sleep, at risk, can't
 * lose them, hibernating), with its lowest corner (R 1, F 1) named "lost" as the course's wording asks.
 */

export const RFM_SEGMENTS = [
  'champions',
  'loyal',
  'potentialLoyalists',
  'newCustomers',
  'promising',
  'needAttention',
  'aboutToSleep',
  'atRisk',
  'cantLose',
  'hibernating',
  'lost',
] as const;

export type RfmSegment = (typeof RFM_SEGMENTS)[number];

/** The scores the segment map is written for. */
export const RFM_BINS = 5;

/** Each segment's recency and frequency score ranges (inclusive); together they cover the 5 × 5 grid once. */
export const RFM_SEGMENT_RULES: ReadonlyArray<{
  segment: RfmSegment;
  r: [number, number];
  f: [number, number];
}> = [
  { segment: 'champions', r: [5, 5], f: [4, 5] },
  { segment: 'loyal', r: [3, 4], f: [4, 5] },
  { segment: 'potentialLoyalists', r: [4, 5], f: [2, 3] },
  { segment: 'newCustomers', r: [5, 5], f: [1, 1] },
  { segment: 'promising', r: [4, 4], f: [1, 1] },
  { segment: 'needAttention', r: [3, 3], f: [3, 3] },
  { segment: 'aboutToSleep', r: [3, 3], f: [1, 2] },
  { segment: 'atRisk', r: [1, 2], f: [3, 4] },
  { segment: 'cantLose', r: [1, 2], f: [5, 5] },
  { segment: 'lost', r: [1, 1], f: [1, 1] },
  { segment: 'hibernating', r: [1, 2], f: [1, 2] },
];

/** The named segment of a customer with recency score `r` and frequency score `f` (both 1–5). */
export function rfmSegment(r: number, f: number): RfmSegment {
  const rule = RFM_SEGMENT_RULES.find((x) => r >= x.r[0] && r <= x.r[1] && f >= x.f[0] && f <= x.f[1]);
  if (!rule) throw new RangeError(`R ${r}, F ${f} is outside the 1–${RFM_BINS} scores`);
  return rule.segment;
}
