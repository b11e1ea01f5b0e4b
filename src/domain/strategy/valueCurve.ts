/** Blue-ocean four actions, plus keep for a factor left where it is. */
export type ErrcAction = 'eliminate' | 'reduce' | 'raise' | 'create' | 'keep';

export interface ErrcGrid {
  eliminate: string[];
  reduce: string[];
  raise: string[];
  create: string[];
}

/**
 * The eliminate–reduce–raise–create grid from the difference between a new value curve and today's: a
 * factor offered today and at 0 in the new curve is eliminated, one not offered today (0) and offered now is
 * created; otherwise lower is reduced and higher is raised. Levels are 0–10.
 */
export function errcAction(current: number, proposed: number): ErrcAction {
  for (const v of [current, proposed])
    if (!Number.isFinite(v) || v < 0 || v > 10)
      throw new RangeError(`an offering level must be 0–10 (found ${v})`);
  if (current > 0 && proposed === 0) return 'eliminate';
  if (current === 0 && proposed > 0) return 'create';
  if (proposed < current) return 'reduce';
  if (proposed > current) return 'raise';
  return 'keep';
}

export function errcGrid(
  factors: ReadonlyArray<{ id: string; current: number; proposed: number }>,
): ErrcGrid {
  const grid: ErrcGrid = { eliminate: [], reduce: [], raise: [], create: [] };
  for (const f of factors) {
    const action = errcAction(f.current, f.proposed);
    if (action !== 'keep') grid[action].push(f.id);
  }
  return grid;
}
