import { z } from 'zod';
import { idSchema as id } from './idSchema';
import { LIMITS } from './limits';

/**
 * The course's second step (战略目标的确定): strategic objectives, each with a measurable target, an owner and a
 * date; and the service standards that say what customers can count on (服务标准), each measurable, some read
 * from a model: a call centre's answer target, the satisfaction survey's index.
 */

const text = (max: number) => z.string().max(max);
/** A calendar day (YYYY-MM-DD), or empty until one is set. */
const day = z.union([z.literal(''), z.iso.date()]).default('');

export const objectiveSchema = z.object({
  id,
  /** What is to be achieved, e.g. "Answer customers' calls faster". */
  text: text(LIMITS.textChars),
  /** How it is measured and how much, e.g. "95% of calls answered within 20 s". */
  target: text(LIMITS.textChars).default(''),
  owner: text(LIMITS.nameChars).default(''),
  due: day,
});

/** The kinds of standard the course names; "other" is the team's own. */
export const STANDARD_KINDS = [
  'answerTime',
  'responseTime',
  'resolution',
  'satisfaction',
  'complaints',
  'onTime',
  'other',
] as const;

export const standardSchema = z.object({
  id,
  kind: z.enum(STANDARD_KINDS),
  /** The metric as the team words it (empty: the kind's name). */
  metric: text(LIMITS.textChars).default(''),
  /** The level promised, e.g. "≥ 90%" (a linked standard reads it from its source). */
  target: text(LIMITS.textChars).default(''),
  /** How it is measured: the data, who collects it, how often. */
  measure: text(LIMITS.textChars).default(''),
  /** Read from a call-centre model (its answer target and today's level) or the satisfaction survey (CSI). */
  link: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('model'), modelId: id }),
      z.object({ kind: z.literal('satisfaction') }),
    ])
    .nullable()
    .default(null),
});

export const objectivesSchema = z
  .object({
    objectives: z.array(objectiveSchema).max(LIMITS.objectives).default([]),
    standards: z.array(standardSchema).max(LIMITS.standards).default([]),
  })
  .default({ objectives: [], standards: [] });

export const defaultObjectives = () => ({ objectives: [], standards: [] });
