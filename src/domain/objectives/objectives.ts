import { satisfactionIndex } from '../customers/satisfaction';
import type { Project } from '../project/types';
import { evaluateModel, type ModelResult } from '../service-cost/models';

export type Standard = Project['objectives']['standards'][number];

/** What a linked standard reads from its source: the level promised (if the source sets it) and today's. */
export type LinkedReading =
  | {
      ok: true;
      source: 'model';
      modelName: string;
      /** The model's target: this share (0–1) of calls answered within `seconds`. */
      share: number;
      seconds: number;
      /** Today's share answered within the target, with today's agents (0–1). */
      today: number;
      meets: boolean;
    }
  | {
      ok: true;
      source: 'satisfaction';
      /** CSI 0–100, null while the survey is empty. */ today: number | null;
    }
  | { ok: false; problem: 'modelUnknown' | 'modelError' };

/**
 * A standard's reading from the model or survey it is linked to; null when it is not linked. A page passes a
 * memoising `evaluate` (createModelEvaluator) so that typing elsewhere does not run the model again.
 */
export function linkedReading(
  standard: Standard,
  project: Project,
  evaluate: (model: Project['serviceModels'][number]) => ModelResult = evaluateModel,
): LinkedReading | null {
  const { link } = standard;
  if (!link) return null;
  if (link.kind === 'satisfaction') {
    const { attributes, scale } = project.customers.satisfaction;
    return { ok: true, source: 'satisfaction', today: satisfactionIndex(attributes, scale) };
  }
  const model = project.serviceModels.find((m) => m.id === link.modelId);
  if (!model || model.kind !== 'callCentre') return { ok: false, problem: 'modelUnknown' };
  const result = evaluate(model);
  if (!result.ok) return { ok: false, problem: 'modelError' };
  const today = result.value.operating.serviceLevel;
  return {
    ok: true,
    source: 'model',
    modelName: model.name,
    share: model.serviceLevelTarget,
    seconds: model.targetAnswerSec,
    today,
    meets: today >= model.serviceLevelTarget,
  };
}
