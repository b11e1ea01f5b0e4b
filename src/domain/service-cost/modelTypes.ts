import type { ChannelMixOutcome } from './channels';
import type { QueueMeasures } from './queueModel';

/** A point of a model's curves; service level as a fraction 0–1, money per the model's period. */
export interface ModelPoint {
  serviceLevel: number;
  cost: number;
  revenue: number | null;
  profit: number | null;
  /** Call centre: agents; inventory: safety stock. */
  lever?: number;
  /** Inventory: fill rate at the same safety stock. */
  fillRate?: number;
  /** Call centre: the queue's measures (Erlang C, or Erlang A when callers hang up) at this number of agents. */
  queue?: QueueMeasures;
  /** Channel mix: each channel's contacts, staff, service level and cost at this point. */
  channels?: ChannelMixOutcome;
  /** Generic: dC/ds and dR/ds, money per unit of service level (÷ 100 for per percentage point). */
  marginalCost?: number;
  marginalRevenue?: number;
}

export interface ModelView {
  points: ModelPoint[];
  optimum: ModelPoint | null;
  operating: ModelPoint;
  extraPointCosts: Array<{ from: number; to: number; extraCost: number }>;
  callCentre?: {
    trafficErlangs: number;
    requiredAgents: number;
    scheduledAgents: number;
    unstable: boolean;
    /** 1 when the curve has every agent count; k when a wide range shows every k-th (plus required and optimum). */
    agentStep: number;
    /** Erlang C (callers wait forever) or Erlang A (they hang up after the model's mean patience). */
    formula: 'erlangC' | 'erlangA';
    /** Agents and cost for targets approaching 100% (the model's own target among them). */
    highTargets: HighTarget[];
    /** Lines (trunks) that keep blocked calls at or below the model's blocking target; null when none is set. */
    lines: number | null;
  };
}

/** The staffing one service-level target needs; agents null when more than a model holds would be needed. */
export interface HighTarget {
  serviceLevel: number;
  agents: number | null;
  scheduledAgents: number | null;
  cost: number | null;
  /** Extra cost per percentage point over the row before; null for the first row. */
  costPerExtraPoint: number | null;
}

export type ModelProblem = { field: string; message: string; index?: number };
export type ModelResult = { ok: true; value: ModelView } | { ok: false; error: ModelProblem };

/**
 * Everything of a model's view that does not depend on today's operating point (the one value a slider
 * drags), plus the function that gives the point at any operating value.
 */
export interface ModelCurves extends Omit<ModelView, 'operating' | 'callCentre'> {
  callCentre?: Omit<NonNullable<ModelView['callCentre']>, 'unstable'>;
  pointAt: (operatingValue: number) => ModelPoint;
}
export type CurvesResult = { ok: true; value: ModelCurves } | { ok: false; error: ModelProblem };
