import type { TFunction } from 'i18next';
import type { Alternative } from '../../domain/project/types';

/** An alternative's own name, or its generic strategy's name in the user's language. */
export function alternativeName(alternative: Alternative, t: TFunction): string {
  return alternative.name.trim() || t(`strategy.kind.${alternative.kind}`);
}
