import type { ChannelMixModel } from '../project/types';
import { evaluateChannelMix, type ChannelMixOutcome } from './channels';
import type { CurvesResult, ModelPoint } from './modelTypes';

/** The common target the curve sweeps every agent channel through (50% … 99%). */
const SWEEP = Array.from({ length: 50 }, (_, i) => 0.5 + i * 0.01);

function toPoint(model: ChannelMixModel, mix: ChannelMixOutcome): ModelPoint {
  const revenue =
    model.valuePerContactInTime === null
      ? null
      : model.valuePerContactInTime * model.contactsPerInterval * mix.serviceLevel;
  return {
    serviceLevel: mix.serviceLevel,
    cost: mix.cost,
    revenue,
    profit: revenue === null ? null : revenue - mix.cost,
    channels: mix,
  };
}

/**
 * A channel mix's curve: every agent channel staffed for one common target from 50% to 99% (self-service as
 * typed), giving the overall service level and cost of each; today is the mix with its own targets.
 */
export function channelCurves(model: ChannelMixModel): CurvesResult {
  const evaluate = (targetOf: (t: number) => number) => {
    const r = evaluateChannelMix({
      ...model,
      channels: model.channels.map((c) => ({ ...c, serviceLevelTarget: targetOf(c.serviceLevelTarget) })),
    });
    if (!r.ok) throw Object.assign(new RangeError(r.error.message), { field: r.error.field });
    return r.value;
  };
  try {
    const today = toPoint(
      model,
      evaluate((t) => t),
    );
    const points = SWEEP.map((target) =>
      toPoint(
        model,
        evaluate(() => target),
      ),
    ).sort((a, b) => a.serviceLevel - b.serviceLevel);
    const optimum = points.reduce<ModelPoint | null>(
      (best, p) => (p.profit !== null && (best === null || p.profit > best.profit!) ? p : best),
      null,
    );
    return { ok: true, value: { points, optimum, pointAt: () => today, extraPointCosts: [] } };
  } catch (error) {
    const field = (error as { field?: string }).field ?? 'channels';
    return { ok: false, error: { field, message: (error as Error).message } };
  }
}
