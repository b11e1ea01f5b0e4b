import { z } from 'zod';
import { idSchema } from './idSchema';
import { LIMITS } from './limits';
import { RANGES } from './ranges';

// Messages come from problems.ts (by issue code), so that they can be translated.
const id = idSchema;
/** A number in its documented range (RANGES). */
const ranged = (key: keyof typeof RANGES) => z.number().min(RANGES[key].min).max(RANGES[key].max);
const fraction = z.number().min(0).max(1);

/** A curve chosen from a family with its parameters, or typed as a formula in s and the parameters. */
export const curveSpecSchema = z.object({
  family: z.enum(['exponential', 'hyperbolic', 'modifiedExponential', 'logistic', 'adbudg', 'formula']),
  params: z.record(z.string().regex(/^[a-z]$/), ranged('curveParam')),
  formula: z.string().max(500).default(''),
});

const common = {
  id,
  name: z.string().min(1).max(200),
  note: z.string().max(LIMITS.noteChars).default(''),
  /** The model this one is a scenario of; null for a baseline. */
  baselineId: id.nullable().default(null),
};

export const genericModelSchema = z.object({
  ...common,
  kind: z.literal('generic'),
  cost: curveSpecSchema,
  revenue: curveSpecSchema,
  /** The service-level axis, fractions 0–1. */
  range: z.object({ from: fraction, to: fraction }),
  /** Where the firm operates today, 0–1. */
  operatingServiceLevel: fraction,
});

/**
 * A day planned interval by interval: from `startMinute` (0 = midnight), one slot per 15, 30 or 60 minutes,
 * each with its forecast calls, its own handle time if it differs from the model's, and the staff rostered.
 */
export const dayPlanSchema = z.object({
  slotMinutes: z.union([z.literal(15), z.literal(30), z.literal(60)]),
  startMinute: z.number().int().min(0).max(1439).default(0),
  slots: z
    .array(
      z.object({
        calls: ranged('callsPerInterval'),
        handleTimeSec: ranged('handleTimeSec').nullable().default(null),
        /** Staff scheduled for the slot (before shrinkage); null when no roster is typed. */
        rostered: ranged('agents').int().nullable().default(null),
      }),
    )
    .min(1)
    .max(LIMITS.daySlots),
});

export const callCentreModelSchema = z.object({
  ...common,
  kind: z.literal('callCentre'),
  callsPerInterval: ranged('callsPerInterval'),
  intervalSec: ranged('intervalSec'),
  handleTimeSec: ranged('handleTimeSec'),
  targetAnswerSec: ranged('targetAnswerSec'),
  costPerAgentHour: ranged('costPerAgentHour'),
  /** Share of paid time agents are not available, 0 ≤ shrinkage < 1. */
  shrinkage: z.number().min(0).lt(1),
  maxOccupancy: z.number().gt(0).max(1).nullable().default(null),
  /** Mean time callers wait before hanging up (Erlang A); null when they never do (Erlang C). */
  patienceSec: ranged('patienceSec').nullable().default(null),
  /** Highest acceptable share of callers hanging up (Erlang A only); null when none is set. */
  maxAbandonRate: z.number().gt(0).max(1).nullable().default(null),
  /** Value lost with each caller who hangs up (Erlang A only), counted in the cost curve; null when not. */
  costPerAbandonedCall: ranged('money').nullable().default(null),
  /** Highest acceptable share of calls finding every line busy, for the lines (trunks) needed; null when not asked. */
  maxBlocking: z.number().gt(0).lt(1).nullable().default(null),
  /** The day planned interval by interval; null when only the model's one interval is planned. */
  dayPlan: dayPlanSchema.nullable().default(null),
  /** Value of one call answered within the target, for a revenue curve; null when not modelled. */
  valuePerCallInTime: ranged('valuePerCallInTime').nullable().default(null),
  /**
   * Where that value comes from when it is not typed: a customer's lifetime value (the course's or the
   * retention-based one on the Customers page) divided by the calls answered in time that keep one customer.
   */
  valueLink: z
    .object({
      source: z.enum(['course', 'retention']),
      callsPerCustomerKept: ranged('callsPerCustomerKept'),
    })
    .nullable()
    .default(null),
  /** The target share of calls answered in time, 0 < target < 1. */
  serviceLevelTarget: z.number().gt(0).lt(1),
  /** Agents on the phones today. */
  agents: ranged('agents').int(),
});

export const inventoryModelSchema = z.object({
  ...common,
  kind: z.literal('inventory'),
  demandPerPeriod: ranged('demandPerPeriod'),
  demandStdDevPerPeriod: ranged('demandStdDevPerPeriod'),
  leadTimePeriods: ranged('leadTimePeriods'),
  /** Standard deviation of the lead time (periods); 0 when it is reliable. */
  leadTimeStdDevPeriods: ranged('leadTimeStdDevPeriods').default(0),
  orderQuantity: ranged('orderQuantity'),
  holdingCostPerUnitPerPeriod: ranged('holdingCostPerUnitPerPeriod'),
  /** Safety stock held today, units. */
  safetyStock: ranged('safetyStock'),
});

/** One contact channel of a channel mix (domain/service-cost/channels.ts says how each is computed). */
export const channelSchema = z.object({
  kind: z.enum(['phone', 'chat', 'email', 'self']),
  share: fraction,
  handleTimeSec: ranged('handleTimeSec'),
  targetSec: ranged('targetAnswerSec'),
  serviceLevelTarget: z.number().gt(0).lt(1),
  concurrency: z.number().int().min(1).max(10).default(1),
  containment: fraction.default(0),
  costPerContact: ranged('money').default(0),
});

/** Contacts shared between phone, chat, e-mail and self-service, each with its own cost and target. */
export const channelMixModelSchema = z.object({
  ...common,
  kind: z.literal('channels'),
  contactsPerInterval: ranged('callsPerInterval'),
  intervalSec: ranged('intervalSec'),
  costPerAgentHour: ranged('costPerAgentHour'),
  shrinkage: z.number().min(0).lt(1),
  /** Value of one contact answered (or resolved) in time, for a revenue curve; null when not modelled. */
  valuePerContactInTime: ranged('valuePerCallInTime').nullable().default(null),
  channels: z.array(channelSchema).min(1).max(4),
});

export const serviceModelSchema = z.discriminatedUnion('kind', [
  genericModelSchema,
  callCentreModelSchema,
  inventoryModelSchema,
  channelMixModelSchema,
]);
