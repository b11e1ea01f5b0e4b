import {
  COST_LEVERS,
  DIFFERENTIATION_LEVERS,
  GENERIC_STRATEGIES,
  type alternativeSchema,
  type strategySchema,
} from './strategySchema';
import type { z } from 'zod';
import { noTargetingAnswers } from '../strategy/targeting';

type Alternative = z.infer<typeof alternativeSchema>;
type Strategy = z.infer<typeof strategySchema>;

/** The id of the firm itself among the players of the competitive profile. */
export const FIRM_ID = 'firm';

/** The levers of the course material for a kind of alternative, not yet pulled. */
export function leversFor(kind: Alternative['kind']): Alternative['levers'] {
  const keys =
    kind === 'costLeadership' || kind === 'costFocus'
      ? COST_LEVERS
      : kind === 'differentiation' || kind === 'differentiationFocus'
        ? DIFFERENTIATION_LEVERS
        : [];
  return keys.map((key) => ({ key, done: false, note: '' }));
}

export function newAlternative(kind: Alternative['kind'], id: string, name = ''): Alternative {
  return {
    id,
    name,
    kind,
    note: '',
    levers: leversFor(kind),
    segment: '',
    underserved: '',
    modelId: null,
    towsId: null,
    scores: {},
    price: null,
    quality: null,
    valueCurve: {},
    statement: { target: '', concept: '', difference: '' },
  };
}

/** Cost leadership, differentiation, cost focus and differentiation focus, ready to be scored. */
export function defaultStrategy(): Strategy {
  return {
    mode: 'qspm',
    alternatives: GENERIC_STRATEGIES.map((kind) => newAlternative(kind, `alt-${kind}`)),
    criteria: [],
    ahp: {},
    groupScores: {},
    firm: { id: FIRM_ID, name: '', price: null, quality: null, share: null, valueCurve: {} },
    competitors: [],
    valueFactors: [],
    cpm: [],
    chosenId: null,
    justification: '',
    brand: '',
    targeting: noTargetingAnswers(),
    seed: 1,
  };
}
