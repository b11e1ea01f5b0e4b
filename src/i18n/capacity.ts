import type { TFunction } from 'i18next';
import { CAPACITY, hasRoom, type CapacityKind } from '../domain/project/capacity';

/** Why a list of `kind` holding `count` entries takes no more, in the UI language; undefined while it has room. */
export function fullReason(t: TFunction, kind: CapacityKind, count: number): string | undefined {
  return hasRoom(kind, count) ? undefined : t(`safety.full.${kind}`, { max: CAPACITY[kind] });
}
