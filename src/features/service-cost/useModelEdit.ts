import type { ServiceModel } from '../../domain/project/types';
import { serviceActions } from '../../state/serviceActions';

/** Edits one model: changes to one field in a row (typing, a slider drag) form a single undo step. */
export function useModelEdit(model: ServiceModel) {
  return {
    set: (field: string, patch: Partial<ServiceModel>) => serviceActions.typeModel(model.id, field, patch),
    end: serviceActions.endTyping,
  };
}
