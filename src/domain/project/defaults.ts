import { defaultChecklists } from './checklistSchema';
import { createId } from './ids';
import { defaultCustomers } from './customerSchema';
import { defaultImplementation } from './implementationSchema';
import { defaultObjectives } from './objectivesSchema';
import { CURRENT_SCHEMA_VERSION } from './schema';
import { defaultStrategy, FIRM_ID } from './strategyDefaults';
import type { Project } from './types';

/** A new empty project of the current schema. `now` is an ISO date-time. */
export function createBlankProject(name: string, now: string, id: string = createId()): Project {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id,
    name,
    description: '',
    createdAt: now,
    updatedAt: now,
    swot: { strengths: [], weaknesses: [], opportunities: [], threats: [] },
    tows: { SO: [], ST: [], WO: [], WT: [] },
    forces: { entrants: [], suppliers: [], buyers: [], substitutes: [], rivalry: [] },
    pestel: [],
    serviceModels: [],
    strategy: defaultStrategy(),
    report: { authors: '', course: '', paper: 'A4', checklistOnCover: false },
    workshop: { records: [] },
    customers: defaultCustomers(),
    objectives: defaultObjectives(),
    implementation: defaultImplementation(),
    checklists: defaultChecklists(),
  };
}

/** A copy of `project` with new ids for the project and everything in it; links and sources follow. */
export function duplicateProject(project: Project, name: string, now: string): Project {
  const newIds = new Map<string, string>();
  const remap = (oldId: string) => {
    let next = newIds.get(oldId);
    if (!next) {
      next = createId();
      newIds.set(oldId, next);
    }
    return next;
  };
  const forces = Object.fromEntries(
    Object.entries(project.forces).map(([force, list]) => [
      force,
      list.map((d) => ({ ...d, id: remap(d.id) })),
    ]),
  ) as Project['forces'];
  const pestel = project.pestel.map((f) => ({ ...f, id: remap(f.id) }));
  const serviceModels = project.serviceModels.map((m) => ({
    ...m,
    id: remap(m.id),
    baselineId: m.baselineId && remap(m.baselineId),
  }));
  const swot = Object.fromEntries(
    Object.entries(project.swot).map(([q, items]) => [
      q,
      items.map((item) => ({
        ...item,
        id: remap(item.id),
        source: item.source && { ...item.source, id: remap(item.source.id) },
      })),
    ]),
  ) as Project['swot'];
  const tows = Object.fromEntries(
    Object.entries(project.tows).map(([cell, list]) => [
      cell,
      list.map((s) => ({ ...s, id: remap(s.id), links: s.links.map(remap) })),
    ]),
  ) as Project['tows'];
  const remapKeys = <T>(record: Record<string, T>) =>
    Object.fromEntries(Object.entries(record).map(([key, v]) => [remap(key), v]));
  const remapPlayer = (playerId: string) => (playerId === FIRM_ID ? playerId : remap(playerId));
  const st = project.strategy;
  const strategy: Project['strategy'] = {
    ...st,
    alternatives: st.alternatives.map((a) => ({
      ...a,
      id: remap(a.id),
      scores: remapKeys(a.scores),
      valueCurve: remapKeys(a.valueCurve),
      modelId: a.modelId && remap(a.modelId),
      towsId: a.towsId && remap(a.towsId),
    })),
    criteria: st.criteria.map((c) => ({ ...c, id: remap(c.id) })),
    ahp: Object.fromEntries(
      Object.entries(st.ahp).map(([key, v]) => [key.split('|').map(remap).join('|'), v]),
    ),
    groupScores: Object.fromEntries(
      Object.entries(st.groupScores).map(([key, v]) => [key.split('|').map(remap).join('|'), v]),
    ),
    firm: { ...st.firm, valueCurve: remapKeys(st.firm.valueCurve) },
    competitors: st.competitors.map((c) => ({ ...c, id: remap(c.id), valueCurve: remapKeys(c.valueCurve) })),
    valueFactors: st.valueFactors.map((f) => ({ ...f, id: remap(f.id) })),
    cpm: st.cpm.map((f) => ({
      ...f,
      id: remap(f.id),
      ratings: Object.fromEntries(Object.entries(f.ratings).map(([p, r]) => [remapPlayer(p), r])),
    })),
    chosenId: st.chosenId && remap(st.chosenId),
  };
  const { customers } = project;
  const service = Object.fromEntries(
    Object.entries(customers.abc.service).map(([cls, link]) => [
      cls,
      { ...link, modelId: link.modelId && remap(link.modelId) },
    ]),
  ) as Project['customers']['abc']['service'];
  return {
    ...project,
    id: createId(),
    name,
    createdAt: now,
    updatedAt: now,
    swot,
    tows,
    forces,
    pestel,
    serviceModels,
    strategy,
    customers: {
      ...customers,
      abc: { ...customers.abc, service },
      satisfaction: {
        ...customers.satisfaction,
        attributes: customers.satisfaction.attributes.map((a) => ({ ...a, id: remap(a.id) })),
      },
    },
    objectives: {
      objectives: project.objectives.objectives.map((o) => ({ ...o, id: remap(o.id) })),
      standards: project.objectives.standards.map((s) => ({
        ...s,
        id: remap(s.id),
        link: s.link?.kind === 'model' ? { ...s.link, modelId: remap(s.link.modelId) } : s.link,
      })),
    },
    implementation: {
      ...project.implementation,
      actions: project.implementation.actions.map((a) => ({
        ...a,
        id: remap(a.id),
        objectiveId: a.objectiveId && remap(a.objectiveId),
      })),
      recovery: {
        ...project.implementation.recovery,
        complaints: project.implementation.recovery.complaints.map((c) => ({ ...c, id: remap(c.id) })),
      },
    },
  };
}
