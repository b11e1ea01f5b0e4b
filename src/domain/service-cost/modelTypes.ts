import type { CallCentreResult } from './erlang';

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
  /** Call centre: the Erlang C measures at this number of agents. */
  queue?: CallCentreResult;
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
  };
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
