import type { Project } from '../project/types';

// Its own module: the sidebar's progress (courseSteps) needs it at start, and objectives.ts pulls in the
// service-level models (and the formula engine) to read linked standards.
export type Objective = Project['objectives']['objectives'][number];

// A target is measurable when it says how much: a figure, in any of the ways people write one.
const FIGURE = /[0-9０-９一二三四五六七八九十百千万两]/;

/** What an objective still lacks to be a SMART one the course accepts: a measurable target, an owner, a date. */
export type ObjectiveGap = 'target' | 'unmeasurable' | 'owner' | 'due';

export function objectiveGaps(objective: Objective): ObjectiveGap[] {
  const target = objective.target.trim();
  return [
    ...(target === '' ? (['target'] as const) : !FIGURE.test(target) ? (['unmeasurable'] as const) : []),
    ...(objective.owner.trim() === '' ? (['owner'] as const) : []),
    ...(objective.due === '' ? (['due'] as const) : []),
  ];
}
