import { LIMITS } from './limits';
import { FORCES, QUADRANTS, TOWS_CELLS } from './schema';
import type { Project } from './types';

/** What kind of collection a limit is about; the UI words each one (`safety.full.<kind>`). */
export type CapacityKind =
  | 'swotItems'
  | 'towsStrategies'
  | 'towsLinks'
  | 'forceDrivers'
  | 'pestelFactors'
  | 'serviceModels'
  | 'alternatives'
  | 'criteria'
  | 'competitors'
  | 'valueFactors'
  | 'cpmFactors'
  | 'segments'
  | 'surveyAttributes'
  | 'objectives'
  | 'standards'
  | 'actions'
  | 'complaintCauses'
  | 'scores'
  | 'valueLevels'
  | 'cpmRatings'
  | 'ahpJudgments';

/** The most entries of each kind: the same numbers the schema refuses a file above. */
export const CAPACITY: Record<CapacityKind, number> = {
  swotItems: LIMITS.itemsPerQuadrant,
  towsStrategies: LIMITS.strategiesPerCell,
  towsLinks: LIMITS.linksPerStrategy,
  forceDrivers: LIMITS.driversPerForce,
  pestelFactors: LIMITS.pestelFactors,
  serviceModels: LIMITS.serviceModels,
  alternatives: LIMITS.alternatives,
  criteria: LIMITS.criteria,
  competitors: LIMITS.competitors,
  valueFactors: LIMITS.valueFactors,
  cpmFactors: LIMITS.cpmFactors,
  segments: LIMITS.segments,
  surveyAttributes: LIMITS.satisfactionAttributes,
  objectives: LIMITS.objectives,
  standards: LIMITS.standards,
  actions: LIMITS.actions,
  complaintCauses: LIMITS.complaintCauses,
  scores: LIMITS.scoresPerAlternative,
  valueLevels: LIMITS.levelsPerValueCurve,
  cpmRatings: LIMITS.ratingsPerCpmFactor,
  ahpJudgments: LIMITS.ahpJudgments,
};

export interface Collection {
  kind: CapacityKind;
  /** Where it is in the project, as in a problem path (`swot.strengths`). */
  path: string;
  value: readonly unknown[] | Readonly<Record<string, unknown>>;
}

export interface CapacityProblem {
  kind: CapacityKind;
  path: string;
  count: number;
  max: number;
}

/** Every list and keyed record of a project that an edit can grow. */
export function collections(project: Project): Collection[] {
  const out: Collection[] = [];
  for (const q of QUADRANTS) out.push({ kind: 'swotItems', path: `swot.${q}`, value: project.swot[q] });
  for (const cell of TOWS_CELLS) {
    out.push({ kind: 'towsStrategies', path: `tows.${cell}`, value: project.tows[cell] });
    project.tows[cell].forEach((s, i) =>
      out.push({ kind: 'towsLinks', path: `tows.${cell}[${i}].links`, value: s.links }),
    );
  }
  for (const f of FORCES) out.push({ kind: 'forceDrivers', path: `forces.${f}`, value: project.forces[f] });
  out.push({ kind: 'pestelFactors', path: 'pestel', value: project.pestel });
  out.push({ kind: 'serviceModels', path: 'serviceModels', value: project.serviceModels });
  const s = project.strategy;
  out.push({ kind: 'alternatives', path: 'strategy.alternatives', value: s.alternatives });
  s.alternatives.forEach((a, i) => {
    out.push({ kind: 'scores', path: `strategy.alternatives[${i}].scores`, value: a.scores });
    out.push({ kind: 'valueLevels', path: `strategy.alternatives[${i}].valueCurve`, value: a.valueCurve });
  });
  out.push({ kind: 'criteria', path: 'strategy.criteria', value: s.criteria });
  out.push({ kind: 'ahpJudgments', path: 'strategy.ahp', value: s.ahp });
  out.push({ kind: 'valueLevels', path: 'strategy.firm.valueCurve', value: s.firm.valueCurve });
  out.push({ kind: 'competitors', path: 'strategy.competitors', value: s.competitors });
  s.competitors.forEach((c, i) =>
    out.push({ kind: 'valueLevels', path: `strategy.competitors[${i}].valueCurve`, value: c.valueCurve }),
  );
  out.push({ kind: 'valueFactors', path: 'strategy.valueFactors', value: s.valueFactors });
  out.push({ kind: 'cpmFactors', path: 'strategy.cpm', value: s.cpm });
  s.cpm.forEach((f, i) =>
    out.push({ kind: 'cpmRatings', path: `strategy.cpm[${i}].ratings`, value: f.ratings }),
  );
  out.push({ kind: 'segments', path: 'customers.segments', value: project.customers.segments });
  out.push({
    kind: 'surveyAttributes',
    path: 'customers.satisfaction.attributes',
    value: project.customers.satisfaction.attributes,
  });
  out.push({ kind: 'objectives', path: 'objectives.objectives', value: project.objectives.objectives });
  out.push({ kind: 'standards', path: 'objectives.standards', value: project.objectives.standards });
  const { implementation } = project;
  out.push({ kind: 'actions', path: 'implementation.actions', value: implementation.actions });
  out.push({
    kind: 'complaintCauses',
    path: 'implementation.recovery.complaints',
    value: implementation.recovery.complaints,
  });
  return out;
}

const size = (value: Collection['value']) =>
  Array.isArray(value) ? value.length : Object.keys(value as object).length;

/**
 * The collections an edit from `before` to `after` grew past their limit. A collection that was already
 * over (it cannot be, for a project that loaded) is not blamed on this edit unless it grew.
 */
export function capacityProblems(before: Project, after: Project): CapacityProblem[] {
  const problems: CapacityProblem[] = [];
  let previous: Map<string, Collection['value']> | null = null;
  for (const { kind, path, value } of collections(after)) {
    const max = CAPACITY[kind];
    const count = size(value);
    if (count <= max) continue;
    previous ??= new Map(collections(before).map((c) => [c.path, c.value]));
    const old = previous.get(path);
    if (old === value || (old !== undefined && size(old) >= count)) continue;
    problems.push({ kind, path, count, max });
  }
  return problems;
}

/** True when a list of `kind` holding `count` entries can take one more. */
export function hasRoom(kind: CapacityKind, count: number): boolean {
  return count < CAPACITY[kind];
}
