import { z } from 'zod';
import { idSchema } from './idSchema';
import { LIMITS } from './limits';
import { RANGES } from './ranges';
import { rfmSchema } from './rfmSchema';

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

export const SERVICE_TIERS = ['high', 'medium', 'low'] as const;

/** A customer or a segment of customers with the revenue or profit they bring (ABC classification). */
export const segmentSchema = z.object({
  id: idSchema,
  name: z.string().max(LIMITS.textChars),
  /** Revenue or profit per year, in money; ranked for the ABC classes. */
  value: inRange(RANGES.segmentValue),
  /** How many customers the row stands for (1 for a single customer). */
  customers: z.number().int().min(RANGES.segmentCustomers.min).max(RANGES.segmentCustomers.max),
});

/** The course's ABC rule (80% / 95%) and the service tier each class gets (A high, B medium, C low). */
export const DEFAULT_ABC = {
  a: 0.8,
  b: 0.95,
  tiers: { A: 'high', B: 'medium', C: 'low' },
} as const;

/** No class served by a model yet; a model's cost counts once a year until the user says how often. */
export const defaultAbcService = () => ({
  A: { modelId: null, periodsPerYear: 1 },
  B: { modelId: null, periodsPerYear: 1 },
  C: { modelId: null, periodsPerYear: 1 },
});

/** The service-level model or scenario that serves a class, and how many of the model's periods make a year. */
const classServiceSchema = z.object({
  modelId: idSchema.nullable(),
  periodsPerYear: inRange(RANGES.periodsPerYear).int(),
});

const cutoff = z.number().gt(0).max(1);
export const abcSettingsSchema = z
  .object({
    a: cutoff,
    b: cutoff,
    tiers: z.object({ A: z.enum(SERVICE_TIERS), B: z.enum(SERVICE_TIERS), C: z.enum(SERVICE_TIERS) }),
    service: z
      .object({ A: classServiceSchema, B: classServiceSchema, C: classServiceSchema })
      .default(defaultAbcService),
  })
  .refine((s) => s.a <= s.b, { path: ['b'], message: 'the B cut-off is below the A cut-off' });

/** The course's picture: P against E on a 1–5 scale, nothing rated yet. */
export const defaultSatisfaction = () => ({ scale: { min: 1, max: 5 }, attributes: [] });

const surveyValue = z.number().min(RANGES.surveyScale.min).max(RANGES.surveyScale.max);

/** A service attribute's importance, expectation (E) and performance (P) as a survey gave them. */
export const attributeSchema = z.object({
  id: idSchema,
  name: z.string().max(LIMITS.textChars),
  importance: z.number().min(RANGES.importance.min).max(RANGES.importance.max),
  expectation: surveyValue,
  performance: surveyValue,
});

/** Satisfaction as performance against expectation (the course's P and E), attribute by attribute. */
export const satisfactionSchema = z
  .object({
    scale: z.object({ min: surveyValue, max: surveyValue }),
    attributes: z.array(attributeSchema).max(LIMITS.satisfactionAttributes),
  })
  .superRefine((s, ctx) => {
    if (s.scale.min >= s.scale.max)
      ctx.addIssue({ code: 'custom', path: ['scale', 'max'], message: 'the scale must run upwards' });
    s.attributes.forEach((a, i) => {
      for (const key of ['expectation', 'performance'] as const)
        if (a[key] < s.scale.min || a[key] > s.scale.max)
          ctx.addIssue({ code: 'custom', path: ['attributes', i, key], message: 'off the survey’s scale' });
    });
  });

const count = z.number().int().min(RANGES.stageCustomers.min).max(RANGES.stageCustomers.max);

/** The five-level funnel with no customers counted yet. */
export const defaultLifecycle = () => ({ potential: 0, target: 0, prospective: 0, transacting: 0, loyal: 0 });

/** Customers counted at each of the course's five levels (potential → loyal). */
export const lifecycleSchema = z.object({
  potential: count,
  target: count,
  prospective: count,
  transacting: count,
  loyal: count,
});

const frequencySegment = z.object({ customers: count, visitsPerYear: inRange(RANGES.visitsPerYear) });
/** Heavy, medium and light visitors with none counted yet. */
export const defaultFrequency = () => ({
  heavy: { customers: 0, visitsPerYear: 0 },
  medium: { customers: 0, visitsPerYear: 0 },
  light: { customers: 0, visitsPerYear: 0 },
});
/** KFC's heavy, medium and light visitors: how many, and how often each comes. */
export const frequencySchema = z.object({
  heavy: frequencySegment,
  medium: frequencySegment,
  light: frequencySegment,
});

/** A project's customers before anything is typed: the course's numbers and rule, no segments. */
export const defaultCustomers = () => ({
  value: { ...DEFAULT_CUSTOMER_VALUE },
  segments: [],
  abc: { ...DEFAULT_ABC, tiers: { ...DEFAULT_ABC.tiers }, service: defaultAbcService() },
  rfm: null,
  satisfaction: defaultSatisfaction(),
  lifecycle: defaultLifecycle(),
  frequency: defaultFrequency(),
});

/** The customer half of the course: what a customer is worth, and segments with their ABC class and tier. */
export const customersSchema = z
  .object({
    value: customerValueSchema.default({ ...DEFAULT_CUSTOMER_VALUE }),
    segments: z.array(segmentSchema).max(LIMITS.segments).default([]),
    abc: abcSettingsSchema.default(() => ({
      ...DEFAULT_ABC,
      tiers: { ...DEFAULT_ABC.tiers },
      service: defaultAbcService(),
    })),
    /** The last RFM import's analysis, or null. */
    rfm: rfmSchema.nullable().default(null),
    satisfaction: satisfactionSchema.default(defaultSatisfaction),
    lifecycle: lifecycleSchema.default(defaultLifecycle),
    frequency: frequencySchema.default(defaultFrequency),
  })
  .default(defaultCustomers);
