import { TOWS_CELLS } from '../project/schema';
import type { Project } from '../project/types';

export interface TowsOption {
  id: string;
  /** SO1, WT2, … */
  label: string;
  text: string;
}

/** Every TOWS strategy with its label, in the matrix's order (SO, ST, WO, WT). */
export function towsOptions(tows: Project['tows']): TowsOption[] {
  return TOWS_CELLS.flatMap((cell) =>
    tows[cell].map((s, i) => ({ id: s.id, label: `${cell}${i + 1}`, text: s.text })),
  );
}
