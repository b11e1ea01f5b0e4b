/** What an RFM import leaves in the project: the R×F grid, the named segments and the most valuable customers. */
import { rfmScores, type RfmCustomer } from './rfm';
import { RFM_BINS, RFM_SEGMENTS, rfmSegment, type RfmSegment } from './rfmSegments';

export interface RfmCell {
  r: number;
  f: number;
  customers: number;
  /** The customers' monetary value in total, in money. */
  monetary: number;
}

export interface RfmSegmentSize {
  segment: RfmSegment;
  customers: number;
  monetary: number;
  /** The segment's mean recency (days) and frequency, or null when it is empty. */
  meanRecencyDays: number | null;
  meanFrequency: number | null;
}

export interface ScoredCustomer extends RfmCustomer {
  r: number;
  f: number;
  m: number;
  segment: RfmSegment;
}

export interface RfmSummary {
  customers: number;
  /** Every R × F cell, R 5…1 then F 1…5, including empty ones. */
  cells: RfmCell[];
  /** Every named segment in `RFM_SEGMENTS` order, including empty ones. */
  segments: RfmSegmentSize[];
  /** The `keep` customers with the highest monetary value (ties by id), in that order. */
  top: ScoredCustomer[];
}

/** Scores (1–5, equal-count bins) every customer and sums them into cells and segments; keeps the `keep` best. */
export function summariseRfm(customers: readonly RfmCustomer[], keep: number): RfmSummary {
  const scores = rfmScores([...customers], RFM_BINS);
  const cells = new Map<string, RfmCell>();
  for (let r = RFM_BINS; r >= 1; r -= 1)
    for (let f = 1; f <= RFM_BINS; f += 1) cells.set(`${r}:${f}`, { r, f, customers: 0, monetary: 0 });
  const sums = new Map(
    RFM_SEGMENTS.map((segment) => [segment, { customers: 0, monetary: 0, recency: 0, frequency: 0 }]),
  );
  const scored: ScoredCustomer[] = customers.map((c, i) => {
    const s = scores[i]!;
    const segment = rfmSegment(s.r, s.f);
    const cell = cells.get(`${s.r}:${s.f}`)!;
    cell.customers += 1;
    cell.monetary += c.monetary;
    const sum = sums.get(segment)!;
    sum.customers += 1;
    sum.monetary += c.monetary;
    sum.recency += c.recencyDays;
    sum.frequency += c.frequency;
    return { ...c, r: s.r, f: s.f, m: s.m, segment };
  });
  const top = scored
    .sort((a, b) => b.monetary - a.monetary || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, Math.max(0, keep));
  return {
    customers: customers.length,
    cells: [...cells.values()],
    segments: RFM_SEGMENTS.map((segment) => {
      const s = sums.get(segment)!;
      return {
        segment,
        customers: s.customers,
        monetary: s.monetary,
        meanRecencyDays: s.customers > 0 ? s.recency / s.customers : null,
        meanFrequency: s.customers > 0 ? s.frequency / s.customers : null,
      };
    }),
    top,
  };
}
