import type { z } from 'zod';
import type {
  DIRECTIONS,
  FORCES,
  forceDriverSchema,
  HORIZONS,
  PESTEL_CATEGORIES,
  pestelFactorSchema,
  projectSchema,
  swotItemSchema,
  swotSourceSchema,
  workshopRecordSchema,
  towsStrategySchema,
  QUADRANTS,
  TOWS_CELLS,
} from './schema';
import type { contributorSchema } from './contributorSchema';
import type {
  callCentreModelSchema,
  channelMixModelSchema,
  curveSpecSchema,
  genericModelSchema,
  inventoryModelSchema,
  serviceModelSchema,
} from './serviceModelSchema';
import type {
  alternativeSchema,
  cpmFactorSchema,
  criterionSchema,
  playerSchema,
  strategySchema,
} from './strategySchema';

export type Project = z.infer<typeof projectSchema>;
export type SwotItem = z.infer<typeof swotItemSchema>;
export type TowsStrategy = z.infer<typeof towsStrategySchema>;
export type Quadrant = (typeof QUADRANTS)[number];
export type TowsCell = (typeof TOWS_CELLS)[number];
export type SwotSource = z.infer<typeof swotSourceSchema>;
export type Contributor = z.infer<typeof contributorSchema>;
export type WorkshopRecord = z.infer<typeof workshopRecordSchema>;
export type ForceDriver = z.infer<typeof forceDriverSchema>;
export type PestelFactor = z.infer<typeof pestelFactorSchema>;
export type Force = (typeof FORCES)[number];
export type PestelCategory = (typeof PESTEL_CATEGORIES)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Horizon = (typeof HORIZONS)[number];
export type ServiceModel = z.infer<typeof serviceModelSchema>;
export type GenericModel = z.infer<typeof genericModelSchema>;
export type CallCentreModel = z.infer<typeof callCentreModelSchema>;
export type InventoryModel = z.infer<typeof inventoryModelSchema>;
export type ChannelMixModel = z.infer<typeof channelMixModelSchema>;
export type CurveSpec = z.infer<typeof curveSpecSchema>;
export type Strategy = z.infer<typeof strategySchema>;
export type Alternative = z.infer<typeof alternativeSchema>;
export type Lever = Alternative['levers'][number];
export type Criterion = z.infer<typeof criterionSchema>;
export type Player = z.infer<typeof playerSchema>;
export type CpmFactor = z.infer<typeof cpmFactorSchema>;
export type ValueFactor = Strategy['valueFactors'][number];
export type CustomerValue = Project['customers']['value'];
export type Segment = Project['customers']['segments'][number];
export type AbcSettings = Project['customers']['abc'];
export type RfmAnalysis = NonNullable<Project['customers']['rfm']>;
export type Satisfaction = Project['customers']['satisfaction'];
export type SurveyAttribute = Satisfaction['attributes'][number];
