import { createId } from '../project/ids';
import type { Force, PestelCategory, Project, TowsCell } from '../project/types';
import { addDriver } from '../forces/edit';
import { addFactor } from '../pestel/edit';
import { addEntry } from '../strategy/edit';
import { addStrategy } from '../swot/edit';
import { CANVAS_SLOTS, type Canvas } from './canvasSlots';
import { normaliseText } from './normaliseText';

/** The texts already in a canvas's slot, normalised, so an idea already there is not added twice. */
function existing(project: Project, canvas: Exclude<Canvas, 'swot'>, slot: string): Set<string> {
  const texts =
    canvas === 'pestel'
      ? project.pestel.filter((f) => f.category === slot).map((f) => f.text)
      : canvas === 'forces'
        ? project.forces[slot as Force].map((d) => d.text)
        : canvas === 'tows'
          ? project.tows[slot as TowsCell].map((s) => s.text)
          : project.strategy.valueFactors.map((f) => f.name);
  return new Set(texts.map(normaliseText));
}

/**
 * Ideas added to a canvas other than the SWOT (which merges with provenance): a PEST(EL) factor per idea in
 * its category, a five-forces driver, a TOWS strategy or a value factor, each once (an idea whose normalised
 * text is already in its slot, or came earlier in the same batch, is not added again).
 */
export function addIdeasToCanvas(
  project: Project,
  canvas: Exclude<Canvas, 'swot'>,
  ideas: readonly { slot: string; text: string }[],
): Project {
  let next = project;
  const seen = new Map<string, Set<string>>();
  for (const { slot, text } of ideas) {
    if (!(CANVAS_SLOTS[canvas] as readonly string[]).includes(slot)) continue;
    const here = seen.get(slot) ?? existing(next, canvas, slot);
    seen.set(slot, here);
    const key = normaliseText(text);
    if (key === '' || here.has(key)) continue;
    here.add(key);
    if (canvas === 'pestel') next = addFactor(next, slot as PestelCategory, text);
    else if (canvas === 'forces') next = addDriver(next, slot as Force, text);
    else if (canvas === 'tows') next = addStrategy(next, slot as TowsCell, text);
    else next = addEntry(next, 'valueFactors', { id: createId(), name: text });
  }
  return next;
}
