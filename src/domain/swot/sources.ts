import { memoLast } from '../memo/memoLast';
import { createId } from '../project/ids';
import { QUADRANTS } from '../project/schema';
import type { Project, Quadrant, SwotSource } from '../project/types';
import { addItem } from './edit';
import { itemLabels } from './labels';

/**
 * Sends a PEST(EL) factor or five-forces driver to the SWOT as an opportunity or a threat: a new item
 * with the source's text that remembers where it came from.
 */
export function sendToSwot(
  project: Project,
  source: SwotSource,
  text: string,
  quadrant: Extract<Quadrant, 'opportunities' | 'threats'>,
  id: string = createId(),
): Project {
  return addItem(project, quadrant, text, undefined, id, source);
}

/** The key of a source in `sourceUses`: "pestel:<id>" or "force:<id>". */
export const sourceKey = (source: SwotSource): string => `${source.kind}:${source.id}`;

/**
 * The labels (O2 …) of the SWOT items sent from each source, by `sourceKey`, built once per SWOT: every
 * factor and driver row asks for its own, and at 1,000 rows × 800 items asking each time was most of a keystroke.
 */
export const sourceUses = memoLast(
  (swot: Project['swot']) => [swot],
  (swot) => {
    const labels = itemLabels(swot);
    const uses = new Map<string, string[]>();
    for (const q of QUADRANTS)
      for (const item of swot[q]) {
        if (!item.source) continue;
        const key = sourceKey(item.source);
        uses.set(key, [...(uses.get(key) ?? []), labels.get(item.id)!]);
      }
    return uses;
  },
);

/** Forgets a deleted source on the SWOT items sent from it. */
export function clearSource(project: Project, kind: SwotSource['kind'], id: string): Project {
  let changed = false;
  const swot = { ...project.swot };
  for (const q of QUADRANTS) {
    if (!project.swot[q].some((item) => item.source?.kind === kind && item.source.id === id)) continue;
    changed = true;
    swot[q] = project.swot[q].map((item) =>
      item.source?.kind === kind && item.source.id === id ? { ...item, source: null } : item,
    );
  }
  return changed ? { ...project, swot } : project;
}
