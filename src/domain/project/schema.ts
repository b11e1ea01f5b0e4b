import { z } from 'zod';
import { LIMITS } from './limits';

/** The schema version this build writes. Older versions are migrated on load; newer ones are refused. */
export const CURRENT_SCHEMA_VERSION = 1;

export const QUADRANTS = ['strengths', 'weaknesses', 'opportunities', 'threats'] as const;
export const TOWS_CELLS = ['SO', 'ST', 'WO', 'WT'] as const;

/** The two SWOT quadrants a TOWS cell draws on (SO: strengths and opportunities, …). */
export const TOWS_SOURCES: Record<
  (typeof TOWS_CELLS)[number],
  readonly [(typeof QUADRANTS)[number], (typeof QUADRANTS)[number]]
> = {
  SO: ['strengths', 'opportunities'],
  ST: ['strengths', 'threats'],
  WO: ['weaknesses', 'opportunities'],
  WT: ['weaknesses', 'threats'],
};

// Messages come from problems.ts (by issue code), so that they can be translated.
const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

const isoDate = z.iso.datetime({ offset: true });

const text = (max: number) => z.string().max(max);

export const swotItemSchema = z.object({
  id,
  text: text(LIMITS.textChars),
  note: text(LIMITS.noteChars).default(''),
  /** IFE/EFE weight, a fraction 0–1; null until the team sets it. */
  weight: z.number().min(0).max(1).nullable().default(null),
  /** IFE/EFE rating 1–4; null until the team sets it. */
  rating: z.number().int().min(1).max(4).nullable().default(null),
});

export const towsStrategySchema = z.object({
  id,
  text: text(LIMITS.textChars),
  /** Ids of the SWOT items this strategy comes from. */
  links: z.array(id).max(LIMITS.linksPerStrategy).default([]),
});

const items = z.array(swotItemSchema).max(LIMITS.itemsPerQuadrant);
const strategies = z.array(towsStrategySchema).max(LIMITS.strategiesPerCell);

export const projectSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id,
  name: text(LIMITS.nameChars).min(1),
  description: text(LIMITS.noteChars).default(''),
  createdAt: isoDate,
  updatedAt: isoDate,
  swot: z.object({
    strengths: items,
    weaknesses: items,
    opportunities: items,
    threats: items,
  }),
  tows: z.object({
    SO: strategies,
    ST: strategies,
    WO: strategies,
    WT: strategies,
  }),
});
