import { createId } from '../project/ids';
import { TOWS_CELLS, TOWS_SOURCES } from '../project/schema';
import type { Contributor, Project, Quadrant, SwotItem, TowsCell, TowsStrategy } from '../project/types';
import { findItem } from './findItem';

/** Immutable edits of a project's SWOT and TOWS. Each returns a new project; the input is untouched. */

export function addItem(
  project: Project,
  quadrant: Quadrant,
  text: string,
  at?: number,
  id: string = createId(),
  source: SwotItem['source'] = null,
  contributors: SwotItem['contributors'] = [],
): Project {
  const item: SwotItem = { id, text, source, contributors, note: '', weight: null, rating: null };
  const list = [...project.swot[quadrant]];
  list.splice(at ?? list.length, 0, item);
  return { ...project, swot: { ...project.swot, [quadrant]: list } };
}

export function updateItem(project: Project, id: string, patch: Partial<Omit<SwotItem, 'id'>>): Project {
  const where = findItem(project, id);
  if (!where) return project;
  const list = project.swot[where.quadrant].map((item) => (item.id === id ? { ...item, ...patch } : item));
  return { ...project, swot: { ...project.swot, [where.quadrant]: list } };
}

/** Deletes an item and removes it from every TOWS strategy that linked it. */
export function deleteItem(project: Project, id: string): Project {
  const where = findItem(project, id);
  if (!where) return project;
  const list = project.swot[where.quadrant].filter((item) => item.id !== id);
  const tows = mapStrategies(project.tows, (s) =>
    s.links.includes(id) ? { ...s, links: s.links.filter((l) => l !== id) } : s,
  );
  return {
    ...project,
    swot: { ...project.swot, [where.quadrant]: list },
    tows,
    strategy: pruneScores(project, id),
  };
}

/** The strategy with no alternative holding a score for a deleted key factor. */
function pruneScores(project: Project, factorId: string): Project['strategy'] {
  const s = project.strategy;
  if (!s.alternatives.some((a) => Object.hasOwn(a.scores, factorId))) return s;
  return {
    ...s,
    alternatives: s.alternatives.map((a) => {
      if (!Object.hasOwn(a.scores, factorId)) return a;
      const scores = { ...a.scores };
      delete scores[factorId];
      return { ...a, scores };
    }),
  };
}

/**
 * Moves an item to position `toIndex` of `toQuadrant` (clamped to the list). Moving to another quadrant
 * drops TOWS links that the item's new quadrant no longer allows (an S item linked from SO that becomes a
 * W item cannot stay in SO).
 */
export function moveItem(project: Project, id: string, toQuadrant: Quadrant, toIndex: number): Project {
  const where = findItem(project, id);
  if (!where) return project;
  const item = project.swot[where.quadrant][where.index]!;
  const swot = { ...project.swot, [where.quadrant]: project.swot[where.quadrant].filter((i) => i.id !== id) };
  const target = [...swot[toQuadrant]];
  target.splice(Math.max(0, Math.min(toIndex, target.length)), 0, item);
  swot[toQuadrant] = target;
  if (toQuadrant === where.quadrant) return { ...project, swot };
  const tows = mapStrategiesIn(project.tows, (cell, s) =>
    s.links.includes(id) && !TOWS_SOURCES[cell].includes(toQuadrant)
      ? { ...s, links: s.links.filter((l) => l !== id) }
      : s,
  );
  return { ...project, swot, tows };
}

export function addStrategy(
  project: Project,
  cell: TowsCell,
  text: string,
  at?: number,
  id: string = createId(),
  contributors: Contributor[] = [],
): Project {
  const list = [...project.tows[cell]];
  list.splice(at ?? list.length, 0, { id, text, links: [], contributors });
  return { ...project, tows: { ...project.tows, [cell]: list } };
}

export function updateStrategy(
  project: Project,
  cell: TowsCell,
  id: string,
  patch: Partial<Omit<TowsStrategy, 'id'>>,
): Project {
  const list = project.tows[cell].map((s) => (s.id === id ? { ...s, ...patch } : s));
  return { ...project, tows: { ...project.tows, [cell]: list } };
}

export function deleteStrategy(project: Project, cell: TowsCell, id: string): Project {
  return { ...project, tows: { ...project.tows, [cell]: project.tows[cell].filter((s) => s.id !== id) } };
}

/** Adds or removes a link from a strategy to a SWOT item; refuses items outside the cell's two quadrants. */
export function toggleLink(project: Project, cell: TowsCell, strategyId: string, itemId: string): Project {
  const where = findItem(project, itemId);
  if (!where || !TOWS_SOURCES[cell].includes(where.quadrant)) return project;
  const list = project.tows[cell].map((s) => {
    if (s.id !== strategyId) return s;
    return {
      ...s,
      links: s.links.includes(itemId) ? s.links.filter((l) => l !== itemId) : [...s.links, itemId],
    };
  });
  return { ...project, tows: { ...project.tows, [cell]: list } };
}

function mapStrategies(tows: Project['tows'], fn: (s: TowsStrategy) => TowsStrategy): Project['tows'] {
  return mapStrategiesIn(tows, (_cell, s) => fn(s));
}

function mapStrategiesIn(
  tows: Project['tows'],
  fn: (cell: TowsCell, s: TowsStrategy) => TowsStrategy,
): Project['tows'] {
  const out = { ...tows };
  for (const cell of TOWS_CELLS) out[cell] = tows[cell].map((s) => fn(cell, s));
  return out;
}
