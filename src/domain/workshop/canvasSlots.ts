import { FORCES, PESTEL_CATEGORIES, QUADRANTS, TOWS_CELLS } from '../project/schema';

// Apart from canvas.ts (which edits the project), so the participant's page does not load the project edits.
/** The canvases a room can brainstorm into, each with the slots an idea goes into. */
export const CANVAS_SLOTS = {
  swot: QUADRANTS,
  pestel: PESTEL_CATEGORIES,
  forces: FORCES,
  tows: TOWS_CELLS,
  value: ['value'],
} as const satisfies Record<string, readonly string[]>;

export type Canvas = keyof typeof CANVAS_SLOTS;
export const CANVASES = Object.keys(CANVAS_SLOTS) as Canvas[];
