import type { Project } from '../../domain/project/types';
import { endCoalescing } from '../../state/history';
import { useAppStore } from '../../state/store';

/**
 * Edits of the strategy pages: `type` for a run of typing in one field (one undo step), `act` for a
 * discrete action (its own undo step).
 */
export function useStrategyEdit() {
  const change = useAppStore((s) => s.change);
  return {
    type: (key: string, recipe: (p: Project) => Project) => change(recipe, `strategy:${key}`),
    act: (recipe: (p: Project) => Project) => {
      endCoalescing();
      change(recipe);
    },
    end: endCoalescing,
  };
}
