import { z } from 'zod';
import { checklistsSchema } from './checklistSchema';
import { contributorSchema, ideaContributorsSchema } from './contributorSchema';
import { customersSchema } from './customerSchema';
import { implementationSchema } from './implementationSchema';
import { objectivesSchema } from './objectivesSchema';
import { idSchema } from './idSchema';
import { histogramSchema } from './histogramSchema';
import { LIMITS } from './limits';
import { serviceModelSchema } from './serviceModelSchema';
import { strategySchema } from './strategySchema';

/** The schema version this build writes. Older versions are migrated on load; newer ones are refused. */
export const CURRENT_SCHEMA_VERSION = 10;

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
/** Where a SWOT item came from: a PEST(EL) factor, a five-forces driver or a satisfaction survey attribute. */
export const swotSourceSchema = z.object({ kind: z.enum(['pestel', 'force', 'satisfaction']), id });

const score1to5 = z.number().int().min(1).max(5).nullable().default(null);

export const forceDriverSchema = z.object({
  id,
  text: text(LIMITS.textChars),
  note: text(LIMITS.noteChars).default(''),
  /** Intensity 1 (weak) – 5 (strong) today and expected in three years; null until rated. */
  now: score1to5,
  future: score1to5,
  /** The workshop's ratings of "now", when the group rated this driver: the spread (disagreement) behind `now`. */
  group: histogramSchema.nullable().default(null),
  /** Workshop provenance: who gave this driver. */
  contributors: ideaContributorsSchema,
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
  /** Workshop provenance: who gave this factor. */
  contributors: ideaContributorsSchema,
});

export const swotItemSchema = z.object({
  id,
  text: text(LIMITS.textChars),
  source: swotSourceSchema.nullable().default(null),
  /** Workshop provenance: everyone who gave this item (duplicates merged into it add theirs). */
  contributors: z.array(contributorSchema).max(LIMITS.contributorsPerItem).default([]),
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
  /** Workshop provenance: who gave this strategy. */
  contributors: ideaContributorsSchema,
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
    /** Print the assignment checklist on the cover. */
    checklistOnCover: z.boolean().default(false),
  })
  .default({ authors: '', course: '', paper: 'A4', checklistOnCover: false });

export const WORKSHOP_ACTIVITY_KINDS = ['brainstorm', 'vote', 'rate', 'score', 'ahp', 'merge'] as const;

/** One line of a result kept from a workshop activity: an item and its dots, or a driver's mean and spread. */
const workshopLineSchema = z.object({
  label: text(LIMITS.textChars),
  value: z.number().finite(),
  /** Rate: the standard deviation of the participants' ratings (the disagreement). */
  sd: z.number().finite().min(0).nullable().default(null),
});

/** What a workshop activity left in the project, for the report and the deck. */
export const workshopRecordSchema = z.object({
  id,
  kind: z.enum(WORKSHOP_ACTIVITY_KINDS),
  prompt: text(LIMITS.textChars),
  at: isoDate,
  participants: z.number().int().min(0).max(LIMITS.participantsPerRecord),
  /** Ideas given, ballots cast or rating sheets handed in. */
  contributions: z.number().int().min(0).max(1_000_000),
  /** The top items by dots, the ideas taken, or every driver's mean rating (at most a few dozen). */
  lines: z.array(workshopLineSchema).max(LIMITS.linesPerRecord).default([]),
});

export const workshopSchema = z
  .object({ records: z.array(workshopRecordSchema).max(LIMITS.workshopRecords).default([]) })
  .default({ records: [] });

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
  /** What workshops gave this project: their activities, counts and results. */
  workshop: workshopSchema,
  /** Customers: what a customer is worth. */
  customers: customersSchema,
  /** Strategic objectives and service standards (the course's second step). */
  objectives: objectivesSchema,
  /** The service philosophy, the implementation plan and service recovery (the course's last step). */
  implementation: implementationSchema,
  /** The course's tick lists (the formulation moves …), ticked with a note on how. */
  checklists: checklistsSchema,
});
