import { QUADRANTS } from '../project/schema';
import type { Project, Quadrant } from '../project/types';

export const QUADRANT_LETTER: Record<Quadrant, 'S' | 'W' | 'O' | 'T'> = {
  strengths: 'S',
  weaknesses: 'W',
  opportunities: 'O',
  threats: 'T',
};

/** Labels as in David's TOWS matrix (S1, S2, O1 …) from each item's position; id → label. */
export function itemLabels(swot: Project['swot']): Map<string, string> {
  const labels = new Map<string, string>();
  for (const q of QUADRANTS)
    swot[q].forEach((item, i) => labels.set(item.id, `${QUADRANT_LETTER[q]}${i + 1}`));
  return labels;
}

/** The labels of a strategy's links in S, W, O, T order then by number, e.g. "S1, S3, O2". */
export function linkLabels(links: readonly string[], labels: ReadonlyMap<string, string>): string[] {
  const order = 'SWOT';
  return links
    .map((id) => labels.get(id))
    .filter((l): l is string => l !== undefined)
    .sort((a, b) => order.indexOf(a[0]!) - order.indexOf(b[0]!) || Number(a.slice(1)) - Number(b.slice(1)));
}
