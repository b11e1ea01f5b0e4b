import { RECOVERY_STEPS } from './implementationSchema';
import { PESTEL_CATEGORIES, QUADRANTS, TOWS_CELLS, FORCES } from './schema';
import type { Project } from './types';
import { objectiveGaps } from '../objectives/objectiveGaps';

/**
 * The course's five steps of formulating a service strategy (服务战略的制定流程), each with the pages where its
 * work is done, and how far a project has come on each: what the navigation shows and what it suggests next.
 */
export const COURSE_STEPS = [
  { id: 'environment', pages: ['pestel', 'forces', 'customers', 'swot', 'scoring'] },
  { id: 'objectives', pages: ['objectives'] },
  { id: 'formulation', pages: ['tows', 'service', 'positioning'] },
  { id: 'choice', pages: ['strategy'] },
  { id: 'implementation', pages: ['summary', 'plan', 'report'] },
] as const;

export type CourseStep = (typeof COURSE_STEPS)[number]['id'];
export type StepPage = (typeof COURSE_STEPS)[number]['pages'][number];
export type Progress = 'empty' | 'started' | 'done';

/** Something a page still lacks, as an i18n key under `steps.todo` with its values. */
export interface Todo {
  key: string;
  values?: Record<string, string | number>;
}

export interface PageProgress {
  page: StepPage;
  state: Progress;
  /** What is missing, the most useful first; empty when done. */
  todo: Todo[];
}

/** Weights that the course wants to sum to 1.00 (to the two decimals they are shown with). */
const sumsToOne = (weights: Array<number | null>) =>
  weights.length > 0 &&
  weights.every((w) => w !== null) &&
  Math.abs(weights.reduce<number>((n, w) => n + (w ?? 0), 0) - 1) < 0.005;

function progress(page: StepPage, empty: boolean, todo: Todo[]): PageProgress {
  return { page, state: empty ? 'empty' : todo.length === 0 ? 'done' : 'started', todo };
}

const PEST = PESTEL_CATEGORIES.slice(0, 4);

const CHECKS: Record<StepPage, (p: Project) => PageProgress> = {
  pestel: (p) => {
    const missing = PEST.filter((c) => !p.pestel.some((f) => f.category === c));
    const unrated = p.pestel.filter((f) => f.impact === null || f.likelihood === null).length;
    return progress('pestel', p.pestel.length === 0, [
      ...(missing.length > 0 ? [{ key: 'pestelCategories', values: { n: missing.length } }] : []),
      ...(unrated > 0 ? [{ key: 'pestelUnrated', values: { n: unrated } }] : []),
    ]);
  },
  forces: (p) => {
    const drivers = FORCES.flatMap((f) => p.forces[f]);
    const missing = FORCES.filter((f) => p.forces[f].length === 0).length;
    const unrated = drivers.filter((d) => d.now === null).length;
    return progress('forces', drivers.length === 0, [
      ...(missing > 0 ? [{ key: 'forcesMissing', values: { n: missing } }] : []),
      ...(unrated > 0 ? [{ key: 'forcesUnrated', values: { n: unrated } }] : []),
    ]);
  },
  customers: (p) => {
    const { segments, satisfaction, rfm } = p.customers;
    return progress('customers', segments.length === 0 && satisfaction.attributes.length === 0 && !rfm, [
      ...(segments.length === 0 ? [{ key: 'customersSegments' }] : []),
      ...(satisfaction.attributes.length === 0 ? [{ key: 'customersSatisfaction' }] : []),
    ]);
  },
  swot: (p) => {
    const missing = QUADRANTS.filter((q) => p.swot[q].length === 0).length;
    return progress(
      'swot',
      missing === QUADRANTS.length,
      missing > 0 ? [{ key: 'swotQuadrants', values: { n: missing } }] : [],
    );
  },
  scoring: (p) => {
    const internal = [...p.swot.strengths, ...p.swot.weaknesses];
    const external = [...p.swot.opportunities, ...p.swot.threats];
    const all = [...internal, ...external];
    const unrated = all.filter((i) => i.rating === null).length;
    return progress(
      'scoring',
      all.every((i) => i.weight === null && i.rating === null),
      [
        ...(!sumsToOne(internal.map((i) => i.weight)) ? [{ key: 'scoringInternal' }] : []),
        ...(!sumsToOne(external.map((i) => i.weight)) ? [{ key: 'scoringExternal' }] : []),
        ...(unrated > 0 ? [{ key: 'scoringUnrated', values: { n: unrated } }] : []),
      ],
    );
  },
  objectives: (p) => {
    const { objectives, standards } = p.objectives;
    const gaps = objectives.filter((o) => objectiveGaps(o).length > 0).length;
    return progress('objectives', objectives.length === 0 && standards.length === 0, [
      ...(objectives.length === 0 ? [{ key: 'objectivesNone' }] : []),
      ...(gaps > 0 ? [{ key: 'objectivesGaps', values: { n: gaps } }] : []),
      ...(standards.length === 0 ? [{ key: 'standardsNone' }] : []),
    ]);
  },
  tows: (p) => {
    const missing = TOWS_CELLS.filter((c) => p.tows[c].length === 0).length;
    return progress(
      'tows',
      missing === TOWS_CELLS.length,
      missing > 0 ? [{ key: 'towsCells', values: { n: missing } }] : [],
    );
  },
  service: (p) =>
    progress(
      'service',
      p.serviceModels.length === 0,
      p.serviceModels.length === 0 ? [{ key: 'serviceNone' }] : [],
    ),
  positioning: (p) => {
    const { competitors, valueFactors } = p.strategy;
    return progress('positioning', competitors.length === 0 && valueFactors.length === 0, [
      ...(competitors.length === 0 ? [{ key: 'positioningCompetitors' }] : []),
      ...(valueFactors.length === 0 ? [{ key: 'positioningFactors' }] : []),
    ]);
  },
  strategy: (p) => {
    const { alternatives, chosenId } = p.strategy;
    // A new project starts with the three generic strategies: the page is empty until one is scored or chosen.
    const touched = chosenId !== null || alternatives.some((a) => Object.keys(a.scores).length > 0);
    return progress('strategy', !touched, [
      ...(alternatives.length < 2 ? [{ key: 'strategyAlternatives' }] : []),
      ...(chosenId === null ? [{ key: 'strategyChosen' }] : []),
    ]);
  },
  summary: (p) =>
    progress(
      'summary',
      p.implementation.philosophy.trim() === '',
      p.implementation.philosophy.trim() === '' ? [{ key: 'summaryPhilosophy' }] : [],
    ),
  plan: (p) => {
    const { actions, recovery } = p.implementation;
    const unplanned = actions.filter((a) => a.owner.trim() === '' || a.due === '').length;
    const undescribed = RECOVERY_STEPS.filter((s) => recovery.steps[s].how.trim() === '').length;
    return progress(
      'plan',
      actions.length === 0 && undescribed === RECOVERY_STEPS.length && recovery.complaints.length === 0,
      [
        ...(actions.length === 0 ? [{ key: 'planNone' }] : []),
        ...(unplanned > 0 ? [{ key: 'planGaps', values: { n: unplanned } }] : []),
        ...(undescribed > 0 ? [{ key: 'recoverySteps', values: { n: undescribed } }] : []),
        ...(recovery.complaints.length === 0 ? [{ key: 'complaintsNone' }] : []),
      ],
    );
  },
  report: (p) => {
    const { authors, course } = p.report;
    return progress(
      'report',
      authors.trim() === '' && course.trim() === '',
      authors.trim() === '' || course.trim() === '' ? [{ key: 'reportCover' }] : [],
    );
  },
};

export interface StepProgress {
  step: CourseStep;
  state: Progress;
  pages: PageProgress[];
}

/** How far the project has come on each step: a step is done when all its pages are, empty when all are. */
export function courseProgress(project: Project): StepProgress[] {
  return COURSE_STEPS.map(({ id, pages }) => {
    const each = pages.map((page) => CHECKS[page](project));
    const state: Progress = each.every((p) => p.state === 'done')
      ? 'done'
      : each.every((p) => p.state === 'empty')
        ? 'empty'
        : 'started';
    return { step: id, state, pages: each };
  });
}

/** The first page, in the course's order, that is not done, with what it lacks first; null when all are done. */
export function nextAction(steps: readonly StepProgress[]): { page: StepPage; todo: Todo } | null {
  for (const step of steps)
    for (const page of step.pages) if (page.state !== 'done') return { page: page.page, todo: page.todo[0]! };
  return null;
}
