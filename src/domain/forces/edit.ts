import { createId } from '../project/ids';
import type { Contributor, Force, ForceDriver, Project } from '../project/types';
import { clearSource } from '../swot/sources';

/** Immutable edits of the five forces. */

export function addDriver(
  project: Project,
  force: Force,
  text: string,
  id: string = createId(),
  contributors: Contributor[] = [],
): Project {
  const driver: ForceDriver = { id, text, note: '', now: null, future: null, group: null, contributors };
  return { ...project, forces: { ...project.forces, [force]: [...project.forces[force], driver] } };
}

export function updateDriver(
  project: Project,
  force: Force,
  id: string,
  patch: Partial<Omit<ForceDriver, 'id'>>,
): Project {
  const list = project.forces[force].map((d) => (d.id === id ? { ...d, ...patch } : d));
  return { ...project, forces: { ...project.forces, [force]: list } };
}

/** Deletes a driver; a SWOT item sent from it stays, without the link to its source. */
export function deleteDriver(project: Project, force: Force, id: string): Project {
  const forces = { ...project.forces, [force]: project.forces[force].filter((d) => d.id !== id) };
  return clearSource({ ...project, forces }, 'force', id);
}
