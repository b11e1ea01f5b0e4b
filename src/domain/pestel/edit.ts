import { createId } from '../project/ids';
import type { Contributor, PestelCategory, PestelFactor, Project } from '../project/types';
import { clearSource } from '../swot/sources';

/** Immutable edits of the PEST(EL) factors. */

export function addFactor(
  project: Project,
  category: PestelCategory,
  text: string,
  id: string = createId(),
  contributors: Contributor[] = [],
): Project {
  const factor: PestelFactor = {
    id,
    category,
    text,
    note: '',
    impact: null,
    likelihood: null,
    direction: 'opportunity',
    horizon: 'medium',
    contributors,
  };
  return { ...project, pestel: [...project.pestel, factor] };
}

export function updateFactor(
  project: Project,
  id: string,
  patch: Partial<Omit<PestelFactor, 'id'>>,
): Project {
  return { ...project, pestel: project.pestel.map((f) => (f.id === id ? { ...f, ...patch } : f)) };
}

/** Deletes a factor; a SWOT item sent from it stays, without the link to its source. */
export function deleteFactor(project: Project, id: string): Project {
  return clearSource({ ...project, pestel: project.pestel.filter((f) => f.id !== id) }, 'pestel', id);
}
