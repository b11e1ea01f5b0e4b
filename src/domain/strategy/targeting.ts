/**
 * Choosing a target-marketing strategy (目标营销策略): undifferentiated, differentiated or concentrated
 * marketing, from the six conditions the marketing texts weigh — the firm's resources, how uniform the product
 * and the market are, the product's life-cycle stage, the competitors' strategy and how many competitors there
 * are (Kotler & Armstrong, Principles of Marketing, "Choosing a targeting strategy"; 吴健安《市场营销学》).
 */
export const TARGETING_STRATEGIES = ['undifferentiated', 'differentiated', 'concentrated'] as const;
export type TargetingStrategy = (typeof TARGETING_STRATEGIES)[number];

export const TARGETING_CONDITIONS = {
  resources: ['limited', 'ample'],
  product: ['uniform', 'varied'],
  market: ['uniform', 'varied'],
  lifecycle: ['introduction', 'growth', 'maturity', 'decline'],
  competitorStrategy: ['undifferentiated', 'segmented'],
  competitors: ['few', 'many'],
} as const;
export type TargetingCondition = keyof typeof TARGETING_CONDITIONS;
export type TargetingAnswers = {
  [C in TargetingCondition]: (typeof TARGETING_CONDITIONS)[C][number] | null;
};

/** Which strategies each answer favours, as the texts argue them. */
const FAVOURS: {
  [C in TargetingCondition]: Record<(typeof TARGETING_CONDITIONS)[C][number], TargetingStrategy[]>;
} = {
  // Limited resources: concentrate on one segment; ample: cover the market, as one or by segment.
  resources: { limited: ['concentrated'], ample: ['undifferentiated', 'differentiated'] },
  // A uniform product (steel, basic transport) suits one offer; a varied one suits segments.
  product: { uniform: ['undifferentiated'], varied: ['differentiated', 'concentrated'] },
  // Buyers with the same tastes and volumes suit one offer.
  market: { uniform: ['undifferentiated'], varied: ['differentiated', 'concentrated'] },
  // A new product is launched in one version; in maturity segments pay.
  lifecycle: {
    introduction: ['undifferentiated', 'concentrated'],
    growth: ['undifferentiated', 'differentiated'],
    maturity: ['differentiated'],
    decline: ['concentrated'],
  },
  // Against segmenting rivals undifferentiated marketing can be suicidal; against undifferentiated rivals
  // segmenting wins an advantage: either way, segment.
  competitorStrategy: {
    undifferentiated: ['differentiated', 'concentrated'],
    segmented: ['differentiated', 'concentrated'],
  },
  competitors: { few: ['undifferentiated'], many: ['differentiated', 'concentrated'] },
};

export interface TargetingAdvice {
  /** Conditions answered, of six. */
  answered: number;
  /** Votes for each strategy. */
  votes: Record<TargetingStrategy, number>;
  /** The strategies with the most votes (more than one when tied); empty before any answer. */
  best: TargetingStrategy[];
  /** Each answered condition and what it favours, in the order of the conditions. */
  reasons: Array<{ condition: TargetingCondition; answer: string; favours: TargetingStrategy[] }>;
}

/** The strategies the answered conditions favour, with each condition's reason. */
export function targetingAdvice(answers: TargetingAnswers): TargetingAdvice {
  const votes: Record<TargetingStrategy, number> = {
    undifferentiated: 0,
    differentiated: 0,
    concentrated: 0,
  };
  const reasons: TargetingAdvice['reasons'] = [];
  for (const condition of Object.keys(TARGETING_CONDITIONS) as TargetingCondition[]) {
    const answer = answers[condition];
    if (answer === null) continue;
    const favours = (FAVOURS[condition] as Record<string, TargetingStrategy[]>)[answer] ?? [];
    for (const s of favours) votes[s] += 1;
    reasons.push({ condition, answer, favours });
  }
  const top = Math.max(...Object.values(votes));
  return {
    answered: reasons.length,
    votes,
    best: top === 0 ? [] : TARGETING_STRATEGIES.filter((s) => votes[s] === top),
    reasons,
  };
}

export const noTargetingAnswers = (): TargetingAnswers => ({
  resources: null,
  product: null,
  market: null,
  lifecycle: null,
  competitorStrategy: null,
  competitors: null,
});
