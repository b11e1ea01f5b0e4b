import { createId } from '../project/ids';
import { LIMITS } from '../project/limits';
import type { Contributor, Force, PestelCategory, Project, TowsCell } from '../project/types';
import { addDriver, updateDriver } from '../forces/edit';
import { addFactor, updateFactor } from '../pestel/edit';
import { addEntry, newValueFactor, updateEntry } from '../strategy/edit';
import { addStrategy, updateStrategy } from '../swot/edit';
import { CANVAS_SLOTS, type Canvas } from './canvasSlots';
import { toContributor, withContributors } from './givers';
import type { Contribution } from './merge';
import { normaliseText } from './normaliseText';

type OtherCanvas = Exclude<Canvas, 'swot'>;

interface Entry {
  id: string;
  text: string;
  contributors: readonly Contributor[];
}

/** The items of a canvas's slot as one shape: id, text and who gave it. */
function entries(project: Project, canvas: OtherCanvas, slot: string): Entry[] {
  if (canvas === 'pestel') return project.pestel.filter((f) => f.category === slot);
  if (canvas === 'forces') return project.forces[slot as Force];
  if (canvas === 'tows') return project.tows[slot as TowsCell];
  return project.strategy.valueFactors.map((f) => ({ ...f, text: f.name }));
}

function addNew(project: Project, canvas: OtherCanvas, slot: string, text: string, givers: Contributor[]) {
  if (canvas === 'pestel') return addFactor(project, slot as PestelCategory, text, createId(), givers);
  if (canvas === 'forces') return addDriver(project, slot as Force, text, createId(), givers);
  if (canvas === 'tows') return addStrategy(project, slot as TowsCell, text, undefined, createId(), givers);
  return addEntry(project, 'valueFactors', newValueFactor(text, createId(), givers));
}

function setGivers(project: Project, canvas: OtherCanvas, slot: string, id: string, givers: Contributor[]) {
  const patch = { contributors: givers };
  if (canvas === 'pestel') return updateFactor(project, id, patch);
  if (canvas === 'forces') return updateDriver(project, slot as Force, id, patch);
  if (canvas === 'tows') return updateStrategy(project, slot as TowsCell, id, patch);
  return updateEntry(project, 'valueFactors', id, patch);
}

/**
 * Ideas added to a canvas other than the SWOT (which has its own merge with conflicts): a PEST(EL) factor per
 * idea in its category, a five-forces driver, a TOWS strategy or a value factor, each text once per slot, with
 * who gave it. An idea whose normalised text is already in its slot (or came earlier in the batch) joins that
 * item as one more giver (at most `LIMITS.contributorsPerIdea`, earliest kept); an idea the canvas already
 * records (same ref: a file imported twice, a room taken again) is left out. Unchanged project if nothing is new.
 */
export function addIdeasToCanvas(
  project: Project,
  canvas: OtherCanvas,
  contributions: readonly Contribution<string>[],
): Project {
  let next = project;
  const slots: readonly string[] = CANVAS_SLOTS[canvas];
  const bySlot = new Map<string, Map<string, string>>();
  const known = new Set<string>();
  for (const slot of slots)
    for (const e of entries(project, canvas, slot)) e.contributors.forEach((c) => c.ref && known.add(c.ref));
  const idsOf = (slot: string) => {
    let ids = bySlot.get(slot);
    if (!ids) {
      ids = new Map();
      for (const e of entries(next, canvas, slot)) {
        const key = normaliseText(e.text);
        if (key !== '' && !ids.has(key)) ids.set(key, e.id);
      }
      bySlot.set(slot, ids);
    }
    return ids;
  };
  for (const c of contributions) {
    if (!slots.includes(c.slot)) continue;
    const key = normaliseText(c.text);
    if (key === '' || (c.ref !== '' && known.has(c.ref))) continue;
    if (c.ref !== '') known.add(c.ref);
    const giver = toContributor(c);
    const ids = idsOf(c.slot);
    const id = ids.get(key);
    if (id === undefined) {
      next = addNew(next, canvas, c.slot, c.text.slice(0, LIMITS.textChars), [giver]);
      const added = entries(next, canvas, c.slot).at(-1);
      if (added) ids.set(key, added.id);
      continue;
    }
    const entry = entries(next, canvas, c.slot).find((e) => e.id === id);
    if (!entry) continue;
    const givers = withContributors(entry.contributors, [giver], LIMITS.contributorsPerIdea);
    if (givers.length > entry.contributors.length) next = setGivers(next, canvas, c.slot, id, givers);
  }
  return next;
}
