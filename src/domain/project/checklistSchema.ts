import { z } from 'zod';
import { LIMITS } from './limits';

/**
 * The course's tick lists, each a fixed set of items a team ticks and says how. So far the moves of
 * formulating a service strategy the course names (entry barriers, low-cost operations, pricing, new services,
 * mergers); the six environment-analysis questions and the product- vs service-orientation self-check join
 * when their course wording is at hand (issue 16): a new list needs no new schema version.
 */
export const COURSE_CHECKLISTS = {
  formulationMoves: ['entryBarriers', 'lowCostOperations', 'pricing', 'newServices', 'mergers'],
} as const;
export type ChecklistId = keyof typeof COURSE_CHECKLISTS;
export type ChecklistItem<L extends ChecklistId = ChecklistId> = (typeof COURSE_CHECKLISTS)[L][number];

const tickSchema = z.object({
  done: z.boolean().default(false),
  /** How the team uses it, in a sentence. */
  note: z.string().max(LIMITS.noteChars).default(''),
});
export type Tick = z.infer<typeof tickSchema>;

/** A list's ticks by item; an item never touched has none. Unknown items are dropped on load. */
const listSchema = (items: readonly string[]) =>
  z.object(Object.fromEntries(items.map((item) => [item, tickSchema.optional()]))).default({});

export const checklistsSchema = z
  .object({ formulationMoves: listSchema(COURSE_CHECKLISTS.formulationMoves) })
  .default({ formulationMoves: {} });

export type Checklists = { [L in ChecklistId]: Partial<Record<ChecklistItem<L>, Tick>> };

export const defaultChecklists = (): Checklists => ({ formulationMoves: {} });

/** The lists with one item's tick changed (an item never touched starts unticked, without a note). */
export function setTick<L extends ChecklistId>(
  checklists: Checklists,
  list: L,
  item: ChecklistItem<L>,
  patch: Partial<Tick>,
): Checklists {
  const ticks = checklists[list] as Partial<Record<string, Tick>>;
  const before = ticks[item] ?? { done: false, note: '' };
  return { ...checklists, [list]: { ...ticks, [item]: { ...before, ...patch } } };
}
