import { RANGES } from '../project/ranges';
import type { CallCentreModel, CustomerValue, Project } from '../project/types';
import { courseLifetimeValue, retentionLifetimeValue } from './value';

export type ValueSource = NonNullable<CallCentreModel['valueLink']>['source'];

/**
 * A customer's lifetime value as the Customers page shows it: the course's spend × visits × years, or the
 * retention-based value net of the acquisition cost. null when the retention value has no finite value
 * (100% retention, no discounting, no end).
 */
export function customerLifetimeValue(value: CustomerValue, source: ValueSource): number | null {
  if (source === 'course') return courseLifetimeValue(value);
  if (value.periods === null && value.retentionRate >= 1 + value.discountRate) return null;
  return retentionLifetimeValue({
    marginPerPeriod: value.marginPerPeriod,
    retentionRate: value.retentionRate,
    discountRate: value.discountRate,
    marginAtStart: value.marginAtStart,
    acquisitionCost: value.acquisitionCost,
    ...(value.periods !== null && { periods: value.periods }),
  });
}

export type LinkedValue =
  | { ok: true; lifetimeValue: number; valuePerCall: number }
  | { ok: false; reason: 'endless' | 'negative' | 'tooLarge'; lifetimeValue: number | null };

/**
 * The value of one call answered in time that a customer's value gives: the lifetime value divided by the calls
 * answered in time that keep one customer. Refused (not clamped) when the lifetime value is endless or below
 * zero (an acquisition cost above the value), or when the result is beyond what a model accepts.
 */
export function linkedValuePerCall(
  value: CustomerValue,
  link: NonNullable<CallCentreModel['valueLink']>,
): LinkedValue {
  const lifetimeValue = customerLifetimeValue(value, link.source);
  if (lifetimeValue === null) return { ok: false, reason: 'endless', lifetimeValue };
  if (lifetimeValue < 0) return { ok: false, reason: 'negative', lifetimeValue };
  const valuePerCall = lifetimeValue / link.callsPerCustomerKept;
  if (valuePerCall > RANGES.valuePerCallInTime.max) return { ok: false, reason: 'tooLarge', lifetimeValue };
  return { ok: true, lifetimeValue, valuePerCall };
}

/**
 * The project with every linked call centre's value of a call answered in time recomputed from the customer
 * value; a link that gives no usable value leaves the model's last value as it was (its page says why).
 * Returns the same project when nothing changes.
 */
export function applyValueLinks(project: Project): Project {
  let changed = false;
  const serviceModels = project.serviceModels.map((model) => {
    if (model.kind !== 'callCentre' || model.valueLink === null) return model;
    const linked = linkedValuePerCall(project.customers.value, model.valueLink);
    if (!linked.ok || linked.valuePerCall === model.valuePerCallInTime) return model;
    changed = true;
    return { ...model, valuePerCallInTime: linked.valuePerCall };
  });
  return changed ? { ...project, serviceModels } : project;
}
