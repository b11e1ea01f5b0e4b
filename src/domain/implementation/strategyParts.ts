import { abcAnalysis } from '../customers/tiers';
import { satisfactionGaps, satisfactionIndex } from '../customers/satisfaction';
import { customerLifetimeValue } from '../customers/valueLink';
import { linkedReading } from '../objectives/objectives';
import type { StepPage } from '../project/courseSteps';
import { RECOVERY_STEPS } from '../project/implementationSchema';
import type { Project } from '../project/types';
import type { ModelResult } from '../service-cost/models';
import { complaintPareto } from './complaints';

/** The six parts of a complete service strategy (完整的服务战略六方面), in the course's order. */
export const STRATEGY_PARTS = ['philosophy', 'needs', 'design', 'staff', 'quality', 'loyalty'] as const;
export type StrategyPart = (typeof STRATEGY_PARTS)[number];

/** A page of the project where a part's content is made. */
export type PartPage = StepPage | 'summary' | 'plan';

/**
 * Something the project says about a part, or something it lacks: an i18n key (under `summary.facts` or
 * `summary.missing`) with its values (numbers unformatted: the view formats them) and the page it is made on.
 */
export interface PartItem {
  key: string;
  values?: Record<string, string | number>;
  page: PartPage;
}

export interface PartSummary {
  part: StrategyPart;
  facts: PartItem[];
  missing: PartItem[];
}

/** Levers of the course that are about the people who serve. */
const STAFF_LEVERS = new Set(['trainStaff', 'reduceHumanElement']);

type Evaluate = (model: Project['serviceModels'][number]) => ModelResult;

function philosophy(p: Project): PartSummary {
  const { strategy } = p;
  const chosen = strategy.alternatives.find((a) => a.id === strategy.chosenId) ?? null;
  const statement = chosen?.statement;
  const stated =
    statement && statement.target.trim() && statement.concept.trim() && statement.difference.trim();
  return {
    part: 'philosophy',
    facts: [
      ...(p.implementation.philosophy.trim() ? [{ key: 'philosophy', page: 'summary' as const }] : []),
      ...(chosen ? [{ key: 'chosen', values: { id: chosen.id }, page: 'strategy' as const }] : []),
      ...(stated ? [{ key: 'statement', page: 'strategy' as const }] : []),
    ],
    missing: [
      ...(!p.implementation.philosophy.trim() ? [{ key: 'philosophy', page: 'summary' as const }] : []),
      ...(!chosen ? [{ key: 'chosen', page: 'strategy' as const }] : []),
      ...(chosen && !stated ? [{ key: 'statement', page: 'strategy' as const }] : []),
    ],
  };
}

function needs(p: Project): PartSummary {
  const { segments, abc, satisfaction, rfm } = p.customers;
  const facts: PartItem[] = [];
  const analysis = segments.length > 0 ? abcAnalysis(segments, abc) : null;
  if (analysis?.ok) {
    const a = analysis.value.classes[0]!;
    facts.push({
      key: 'segments',
      values: { n: segments.length, a: a.rows, share: a.valueShare * 100 },
      page: 'customers',
    });
  }
  if (rfm) facts.push({ key: 'rfm', values: { n: rfm.customers }, page: 'customers' });
  if (satisfaction.attributes.length > 0) {
    const gaps = safeGaps(p);
    const worst = gaps?.[0];
    const name = worst && satisfaction.attributes.find((a) => a.id === worst.id)?.name;
    facts.push(
      worst && worst.gap < 0 && name !== undefined
        ? {
            key: 'expectations',
            values: { n: satisfaction.attributes.length, name, gap: -worst.gap },
            page: 'customers',
          }
        : { key: 'expectationsMet', values: { n: satisfaction.attributes.length }, page: 'customers' },
    );
  }
  return {
    part: 'needs',
    facts,
    missing: [
      ...(segments.length === 0 ? [{ key: 'segments', page: 'customers' as const }] : []),
      ...(satisfaction.attributes.length === 0 ? [{ key: 'expectations', page: 'customers' as const }] : []),
    ],
  };
}

function safeGaps(p: Project) {
  try {
    return satisfactionGaps(p.customers.satisfaction.attributes, p.customers.satisfaction.scale);
  } catch {
    return null;
  }
}

function design(p: Project): PartSummary {
  const chosen = p.strategy.alternatives.find((a) => a.id === p.strategy.chosenId);
  const pulled = chosen?.levers.filter((l) => l.done).length ?? 0;
  const { standards } = p.objectives;
  const models = p.serviceModels.filter((m) => m.baselineId === null).length;
  const scenarios = p.serviceModels.length - models;
  return {
    part: 'design',
    facts: [
      ...(chosen && chosen.levers.length > 0
        ? [{ key: 'levers', values: { n: pulled, total: chosen.levers.length }, page: 'strategy' as const }]
        : []),
      ...(standards.length > 0
        ? [{ key: 'standards', values: { n: standards.length }, page: 'objectives' as const }]
        : []),
      ...(models > 0
        ? [{ key: 'models', values: { count: models, scenarios }, page: 'service' as const }]
        : []),
      ...(p.strategy.valueFactors.length > 0
        ? [{ key: 'valueCurve', values: { n: p.strategy.valueFactors.length }, page: 'positioning' as const }]
        : []),
    ],
    missing: [
      ...(chosen && chosen.levers.length > 0 && pulled === 0
        ? [{ key: 'levers', page: 'strategy' as const }]
        : []),
      ...(standards.length === 0 ? [{ key: 'standards', page: 'objectives' as const }] : []),
      ...(models === 0 ? [{ key: 'models', page: 'service' as const }] : []),
    ],
  };
}

function staff(p: Project): PartSummary {
  const centres = p.serviceModels.filter((m) => m.kind === 'callCentre' && m.baselineId === null);
  const { actions } = p.implementation;
  const staffActions = actions.filter((a) => a.lever !== null && STAFF_LEVERS.has(a.lever));
  const owned = actions.filter((a) => a.owner.trim() !== '').length;
  return {
    part: 'staff',
    facts: [
      ...centres.map((m) => ({
        key: 'agents',
        values: { name: m.name, agents: m.kind === 'callCentre' ? m.agents : 0 },
        page: 'service' as const,
      })),
      ...(staffActions.length > 0
        ? [{ key: 'staffActions', values: { count: staffActions.length }, page: 'plan' as const }]
        : []),
      ...(actions.length > 0
        ? [{ key: 'owners', values: { n: owned, total: actions.length }, page: 'plan' as const }]
        : []),
    ],
    missing: [
      ...(staffActions.length === 0 ? [{ key: 'staffActions', page: 'plan' as const }] : []),
      ...(owned < actions.length
        ? [{ key: 'owners', values: { n: actions.length - owned }, page: 'plan' as const }]
        : []),
    ],
  };
}

function quality(p: Project, evaluate: Evaluate | undefined): PartSummary {
  const readings = p.objectives.standards
    .map((s) => linkedReading(s, p, evaluate))
    .filter((r) => r?.ok && r.source === 'model');
  const short = readings.filter((r) => r?.ok && r.source === 'model' && !r.meets).length;
  const { steps, complaints } = p.implementation.recovery;
  const described = RECOVERY_STEPS.filter((s) => steps[s].how.trim() !== '').length;
  const pareto = complaintPareto(complaints);
  const top = pareto?.ranked[0];
  return {
    part: 'quality',
    facts: [
      ...(readings.length > 0
        ? [{ key: 'standardsRead', values: { count: readings.length, short }, page: 'objectives' as const }]
        : []),
      ...(described > 0
        ? [{ key: 'recovery', values: { n: described, total: RECOVERY_STEPS.length }, page: 'plan' as const }]
        : []),
      ...(pareto && top
        ? [
            {
              key: 'complaints',
              values: {
                total: pareto.total,
                cause: top.cause,
                share: top.share * 100,
                vital: pareto.vitalCount,
                vitalShare: pareto.vitalShare * 100,
              },
              page: 'plan' as const,
            },
          ]
        : []),
    ],
    missing: [
      ...(described < RECOVERY_STEPS.length
        ? [{ key: 'recovery', values: { n: RECOVERY_STEPS.length - described }, page: 'plan' as const }]
        : []),
      ...(!pareto ? [{ key: 'complaints', page: 'plan' as const }] : []),
      ...(short > 0 ? [{ key: 'standardsShort', values: { n: short }, page: 'service' as const }] : []),
    ],
  };
}

function loyalty(p: Project): PartSummary {
  const { satisfaction, value } = p.customers;
  let csi: number | null = null;
  try {
    csi = satisfactionIndex(satisfaction.attributes, satisfaction.scale);
  } catch {
    csi = null;
  }
  const lifetime = customerLifetimeValue(value, 'retention');
  const keep = p.objectives.objectives.length;
  return {
    part: 'loyalty',
    facts: [
      ...(csi !== null ? [{ key: 'csi', values: { csi }, page: 'customers' as const }] : []),
      ...(lifetime !== null
        ? [
            {
              key: 'lifetime',
              values: { value: lifetime, retention: value.retentionRate * 100 },
              page: 'customers' as const,
            },
          ]
        : []),
      ...(keep > 0 ? [{ key: 'objectives', values: { n: keep }, page: 'objectives' as const }] : []),
    ],
    missing: [
      ...(csi === null ? [{ key: 'csi', page: 'customers' as const }] : []),
      ...(keep === 0 ? [{ key: 'objectives', page: 'objectives' as const }] : []),
    ],
  };
}

/**
 * The project's content under the course's six parts of a complete service strategy, with what each part still
 * lacks and where it is made. `evaluate` lets a page reuse model results between renders.
 */
export function strategyParts(project: Project, evaluate?: Evaluate): PartSummary[] {
  return [
    philosophy(project),
    needs(project),
    design(project),
    staff(project),
    quality(project, evaluate),
    loyalty(project),
  ];
}
