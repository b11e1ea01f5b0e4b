import { z } from 'zod';
import { RANGES } from './ranges';

const inRange = (range: { min: number; max: number }) => z.number().min(range.min).max(range.max);

/** The course's customer-value exercise (KFC): 50 yuan a visit, once a week, ten years; word of mouth 5 / 10 / 20%. */
export const DEFAULT_CUSTOMER_VALUE = {
  spendPerVisit: 50,
  visitsPerYear: 52,
  years: 10,
  toldIfSatisfied: 5,
  toldIfDissatisfied: 10,
  conversionRate: 0.2,
  marginPerPeriod: 100,
  retentionRate: 0.8,
  discountRate: 0.1,
  periods: null,
  marginAtStart: false,
  acquisitionCost: 0,
} as const;

/** What a customer is worth: the course's calculator, word of mouth and the retention-based lifetime value. */
export const customerValueSchema = z.object({
  spendPerVisit: inRange(RANGES.money),
  visitsPerYear: inRange(RANGES.visitsPerYear),
  years: inRange(RANGES.customerYears),
  toldIfSatisfied: inRange(RANGES.peopleTold),
  toldIfDissatisfied: inRange(RANGES.peopleTold),
  conversionRate: inRange(RANGES.fraction),
  marginPerPeriod: inRange(RANGES.margin),
  retentionRate: inRange(RANGES.fraction),
  discountRate: inRange(RANGES.fraction),
  /** A finite horizon in periods, or null for an infinite one. */
  periods: z.number().int().min(RANGES.periods.min).max(RANGES.periods.max).nullable(),
  /** The first margin comes at the start (m·(1+i)/(1+i−r)) rather than after the first period. */
  marginAtStart: z.boolean(),
  acquisitionCost: inRange(RANGES.money),
});

/** The customer half of the course: for now what a customer is worth (segments, RFM and satisfaction follow). */
export const customersSchema = z
  .object({ value: customerValueSchema.default({ ...DEFAULT_CUSTOMER_VALUE }) })
  .default({ value: { ...DEFAULT_CUSTOMER_VALUE } });
