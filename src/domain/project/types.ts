import type { z } from 'zod';
import type { projectSchema, swotItemSchema, towsStrategySchema, QUADRANTS, TOWS_CELLS } from './schema';

export type Project = z.infer<typeof projectSchema>;
export type SwotItem = z.infer<typeof swotItemSchema>;
export type TowsStrategy = z.infer<typeof towsStrategySchema>;
export type Quadrant = (typeof QUADRANTS)[number];
export type TowsCell = (typeof TOWS_CELLS)[number];
