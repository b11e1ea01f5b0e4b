import type { TFunction } from 'i18next';
import type { Activity } from '../../domain/workshop/activity';

/** The name of a brainstorm slot in the activity's canvas: a quadrant, a PEST(EL) category, a force, a TOWS cell. */
export function slotLabel(t: TFunction, activity: Pick<Activity, 'canvas'>, slot: string): string {
  switch (activity.canvas ?? 'swot') {
    case 'swot':
      return t(`swot.quadrant.${slot}`);
    case 'pestel':
      return t(`pestel.category.${slot}`);
    case 'forces':
      return t(`forces.short.${slot}`);
    case 'tows':
      return t(`tows.cell.${slot}`);
    case 'value':
      return t('workshop.activity.valueSlot');
  }
}
