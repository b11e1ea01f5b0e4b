import type { ServiceModel } from '../../domain/project/types';
import { updateModel } from '../../domain/service-cost/edit';
import { endCoalescing } from '../../state/history';
import { useAppStore } from '../../state/store';

/** Edits one model: changes to one field in a row (typing, a slider drag) form a single undo step. */
export function useModelEdit(model: ServiceModel) {
  const change = useAppStore((s) => s.change);
  return {
    set: (field: string, patch: Partial<ServiceModel>) =>
      change((p) => updateModel(p, model.id, patch), `model:${model.id}:${field}`),
    end: endCoalescing,
  };
}
