import { QUADRANTS } from '../project/schema';
import type { Project, Quadrant } from '../project/types';

/** Where a SWOT item is: its quadrant and index, or null. */
export function findItem(project: Project, id: string): { quadrant: Quadrant; index: number } | null {
  for (const q of QUADRANTS) {
    const index = project.swot[q].findIndex((item) => item.id === id);
    if (index >= 0) return { quadrant: q, index };
  }
  return null;
}
