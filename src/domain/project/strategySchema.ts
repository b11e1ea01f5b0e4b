import { z } from 'zod';
import { ideaContributorsSchema } from './contributorSchema';
import { histogramSchema } from './histogramSchema';
import { idSchema } from './idSchema';
import { LIMITS } from './limits';
import { keyedRecord } from './keyedRecord';
import { noTargetingAnswers, TARGETING_CONDITIONS, type TargetingCondition } from '../strategy/targeting';

// Messages come from problems.ts (by issue code), so that they can be translated.
const id = idSchema;
const text = (max: number) => z.string().max(max);
/** Price, perceived quality or value, and offering levels: 0–10. */
const rating10 = z.number().min(0).max(10);

export const GENERIC_STRATEGIES = [
  'costLeadership',
  'differentiation',
  'costFocus',
  'differentiationFocus',
] as const;
export const ALTERNATIVE_KINDS = [...GENERIC_STRATEGIES, 'custom'] as const;

/** The course material's levers of each generic strategy (focus strategies use the levers of their base). */
export const COST_LEVERS = [
  'costConsciousCustomers',
  'standardiseService',
  'reduceHumanElement',
  'offSiteOperations',
  'reduceNetworkCosts',
] as const;
export const DIFFERENTIATION_LEVERS = [
  'tangibleIntangible',
  'customiseStandard',
  'reducePerceivedRisk',
  'trainStaff',
  'controlQuality',
] as const;
export const LEVERS = [...COST_LEVERS, ...DIFFERENTIATION_LEVERS] as const;

export const leverSchema = z.object({
  key: z.enum(LEVERS),
  done: z.boolean().default(false),
  /** How the team would pull this lever. */
  note: text(LIMITS.noteChars).default(''),
});

export const alternativeSchema = z.object({
  id,
  /** Empty for a generic strategy not renamed: the UI shows its name in the user's language. */
  name: text(LIMITS.nameChars).default(''),
  kind: z.enum(ALTERNATIVE_KINDS),
  note: text(LIMITS.noteChars).default(''),
  levers: z.array(leverSchema).max(LEVERS.length).default([]),
  /** Focus: the segment served and why it is underserved. */
  segment: text(LIMITS.textChars).default(''),
  underserved: text(LIMITS.textChars).default(''),
  /** A service-level model (or scenario) that gives the service level and cost this alternative implies. */
  modelId: id.nullable().default(null),
  /** The TOWS strategy it was promoted from. */
  towsId: id.nullable().default(null),
  /** Score per key factor id (a SWOT item or a criterion): 1–4 for QSPM (1–5 for criteria), null = dash. */
  scores: keyedRecord(id, z.number().int().min(1).max(5).nullable(), LIMITS.scoresPerAlternative).default({}),
  price: rating10.nullable().default(null),
  quality: rating10.nullable().default(null),
  /** Offering level per value-curve factor id. */
  valueCurve: keyedRecord(id, rating10, LIMITS.levelsPerValueCurve).default({}),
  statement: z
    .object({
      target: text(LIMITS.textChars).default(''),
      concept: text(LIMITS.textChars).default(''),
      difference: text(LIMITS.textChars).default(''),
    })
    .default({ target: '', concept: '', difference: '' }),
});

export const criterionSchema = z.object({
  id,
  name: text(LIMITS.textChars),
  /** A fraction 0–1; the criteria's weights sum to 1. */
  weight: z.number().min(0).max(1).nullable().default(null),
});

/** A player on the positioning maps, value curves and competitive profile: a competitor, or the firm today. */
export const playerSchema = z.object({
  id,
  name: text(LIMITS.nameChars),
  price: rating10.nullable().default(null),
  quality: rating10.nullable().default(null),
  /** Market share in % (the bubble size on the value–price map). */
  share: z.number().min(0).max(100).nullable().default(null),
  valueCurve: keyedRecord(id, rating10, LIMITS.levelsPerValueCurve).default({}),
});

export const cpmFactorSchema = z.object({
  id,
  name: text(LIMITS.textChars),
  weight: z.number().min(0).max(1).nullable().default(null),
  /** Rating 1–4 per player id ("firm" for the firm). */
  ratings: keyedRecord(id, z.number().int().min(1).max(4).nullable(), LIMITS.ratingsPerCpmFactor).default({}),
});

export const strategySchema = z.object({
  /** QSPM on the weighted SWOT items, or weighted criteria of the team's own. */
  mode: z.enum(['qspm', 'criteria']).default('qspm'),
  alternatives: z.array(alternativeSchema).max(LIMITS.alternatives),
  criteria: z.array(criterionSchema).max(LIMITS.criteria).default([]),
  /** AHP judgments between criteria, keyed "idA|idB" (A before B in the criteria list): 1/9–9. */
  ahp: keyedRecord(
    z.string().max(140),
    z
      .number()
      .min(1 / 9)
      .max(9),
    LIMITS.ahpJudgments,
  ).default({}),
  /**
   * A workshop's QSPM scores, keyed "alternative id|key factor id": how many participants gave each score
   * (see histogramSchema). The Monte Carlo draws a cell's score from these instead of a fixed ± spread.
   */
  groupScores: keyedRecord(z.string().max(80), histogramSchema, LIMITS.groupScoredCells).default({}),
  firm: playerSchema,
  competitors: z.array(playerSchema).max(LIMITS.competitors).default([]),
  valueFactors: z
    .array(z.object({ id, name: text(LIMITS.textChars), contributors: ideaContributorsSchema }))
    .max(LIMITS.valueFactors)
    .default([]),
  cpm: z.array(cpmFactorSchema).max(LIMITS.cpmFactors).default([]),
  chosenId: id.nullable().default(null),
  justification: text(LIMITS.noteChars).default(''),
  brand: text(LIMITS.nameChars).default(''),
  /** The answers to the six conditions of choosing a target-marketing strategy (the targeting advisor). */
  targeting: z
    .object(
      Object.fromEntries(
        Object.entries(TARGETING_CONDITIONS).map(([c, options]) => [
          c,
          z
            .enum(options as unknown as [string, ...string[]])
            .nullable()
            .default(null),
        ]),
      ) as {
        [C in TargetingCondition]: z.ZodDefault<
          z.ZodNullable<z.ZodEnum<{ [K in (typeof TARGETING_CONDITIONS)[C][number]]: K }>>
        >;
      },
    )
    .default(noTargetingAnswers),
  /** Seed of the Monte Carlo run, so that it can be reproduced. */
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .default(1),
});
