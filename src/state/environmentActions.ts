import { addDriver, deleteDriver, updateDriver } from '../domain/forces/edit';
import { addFactor, deleteFactor, updateFactor } from '../domain/pestel/edit';
import type { Force, ForceDriver, PestelCategory, PestelFactor } from '../domain/project/types';
import { endTyping, step, typing } from './edits';

type Patch<T> = Partial<Omit<T, 'id'>>;

/** The edits of the PEST(EL) factors, each with its undo behaviour. */
export const pestelActions = {
  /** Typing a factor's text or note: one undo step per run. */
  typeFactor: (id: string, field: 'text' | 'note', value: string) =>
    typing(`${field === 'text' ? 'factor' : 'factor-note'}:${id}`, (p) =>
      updateFactor(p, id, { [field]: value }),
    ),
  /** A rating, direction or horizon chosen: one step. */
  setFactor: (id: string, patch: Patch<PestelFactor>) => step((p) => updateFactor(p, id, patch)),
  addFactor: (category: PestelCategory, text: string) => step((p) => addFactor(p, category, text)),
  deleteFactor: (id: string) => step((p) => deleteFactor(p, id)),
  endTyping,
};

/** The edits of the five forces' drivers, each with its undo behaviour. */
export const forcesActions = {
  /** Typing a driver's text or note: one undo step per run. */
  typeDriver: (force: Force, id: string, field: 'text' | 'note', value: string) =>
    typing(`${field === 'text' ? 'driver' : 'driver-note'}:${id}`, (p) =>
      updateDriver(p, force, id, { [field]: value }),
    ),
  /** A rating now or in three years: one step. */
  setDriver: (force: Force, id: string, patch: Patch<ForceDriver>) =>
    step((p) => updateDriver(p, force, id, patch)),
  /** Several drivers' ratings now at once (a workshop's mean ratings): one step. */
  /** A workshop's ratings: each driver's rating now, and the group's counts behind it (its spread). One step. */
  setRatingsNow: (ratings: readonly { force: Force; id: string; now: number; group?: number[] }[]) =>
    step((p) =>
      ratings.reduce(
        (acc, r) => updateDriver(acc, r.force, r.id, { now: r.now, ...(r.group && { group: r.group }) }),
        p,
      ),
    ),
  addDriver: (force: Force, text: string) => step((p) => addDriver(p, force, text)),
  deleteDriver: (force: Force, id: string) => step((p) => deleteDriver(p, force, id)),
  endTyping,
};
