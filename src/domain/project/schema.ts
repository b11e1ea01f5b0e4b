import { z } from 'zod';
import { idSchema } from './idSchema';
import { LIMITS } from './limits';
import { serviceModelSchema } from './serviceModelSchema';
import { strategySchema } from './strategySchema';

/** The schema version this build writes. Older versions are migrated on load; newer ones are refused. */
export const CURRENT_SCHEMA_VERSION = 4;

export const QUADRANTS = ['strengths', 'weaknesses', 'opportunities', 'threats'] as const;
export const TOWS_CELLS = ['SO', 'ST', 'WO', 'WT'] as const;
/** Porter's five forces, rivalry last (it is drawn in the centre). */
export const FORCES = ['entrants', 'suppliers', 'buyers', 'substitutes', 'rivalry'] as const;
export const PESTEL_CATEGORIES = [
  'political',
  'economic',
  'social',
  'technological',
  'environmental',
  'legal',
] as const;
export const DIRECTIONS = ['opportunity', 'threat'] as const;
export const HORIZONS = ['short', 'medium', 'long'] as const;

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
const id = idSchema;

const isoDate = z.iso.datetime({ offset: true });

const text = (max: number) => z.string().max(max);

/** Where a SWOT item came from: a PEST(EL) factor or a five-forces driver sent to the SWOT. */
export const swotSourceSchema = z.object({ kind: z.enum(['pestel', 'force']), id });

const score1to5 = z.number().int().min(1).max(5).nullable().default(null);

export const forceDriverSchema = z.object({
  id,
  text: text(LIMITS.textChars),
  note: text(LIMITS.noteChars).default(''),
  /** Intensity 1 (weak) – 5 (strong) today and expected in three years; null until rated. */
  now: score1to5,
  future: score1to5,
});

export const pestelFactorSchema = z.object({
  id,
  category: z.enum(PESTEL_CATEGORIES),
  text: text(LIMITS.textChars),
  note: text(LIMITS.noteChars).default(''),
  impact: score1to5,
  likelihood: score1to5,
  direction: z.enum(DIRECTIONS),
  horizon: z.enum(HORIZONS),
});

export const swotItemSchema = z.object({
  id,
  text: text(LIMITS.textChars),
  source: swotSourceSchema.nullable().default(null),
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

const drivers = z.array(forceDriverSchema).max(LIMITS.driversPerForce);
const items = z.array(swotItemSchema).max(LIMITS.itemsPerQuadrant);
const strategies = z.array(towsStrategySchema).max(LIMITS.strategiesPerCell);

export const reportSchema = z
  .object({
    authors: text(LIMITS.textChars).default(''),
    /** The course (students) or the client (consultants). */
    course: text(LIMITS.textChars).default(''),
    paper: z.enum(['A4', 'Letter']).default('A4'),
  })
  .default({ authors: '', course: '', paper: 'A4' });

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
  forces: z.object({
    entrants: drivers,
    suppliers: drivers,
    buyers: drivers,
    substitutes: drivers,
    rivalry: drivers,
  }),
  pestel: z.array(pestelFactorSchema).max(LIMITS.pestelFactors),
  /** Service level vs cost models, and scenarios that copy them with changed parameters. */
  serviceModels: z.array(serviceModelSchema).max(LIMITS.serviceModels),
  /** Strategy choice: the alternatives, their scores, competitors, positioning and value curves. */
  strategy: strategySchema,
  /** The printable report's cover and paper. */
  report: reportSchema,
});
