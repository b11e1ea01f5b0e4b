import { useEffect, useMemo, useState } from 'react';
import type { CallCentreModel } from '../domain/project/types';
import { dayPlanner, type DayPlan, type DayPlanResult } from '../domain/service-cost/dayPlan';

/** How long one piece of planning may hold the page: well inside a 50 ms task with the drawing after it. */
const BUDGET_MS = 20;

/**
 * The model's day planned without blocking the page: what plans within a piece (any course-sized day)
 * comes at once; a bigger day (Erlang A at 100,000 calls a quarter-hour: ~100 ms) is planned a piece per
 * task, with `calculating` set and the last finished plan kept on screen meanwhile.
 */
export function usePlannedDay(
  model: CallCentreModel,
  plan: DayPlan | null,
): { result: DayPlanResult | null; calculating: boolean } {
  const started = useMemo(() => {
    if (!plan) return null;
    const planner = dayPlanner(model, plan);
    return { planner, first: planner.run(BUDGET_MS) };
  }, [model, plan]);
  const [finished, setFinished] = useState<{ of: unknown; result: DayPlanResult } | null>(null);
  useEffect(() => {
    if (!started || started.first) return;
    let timer: ReturnType<typeof setTimeout>;
    const step = () => {
      const result = started.planner.run(BUDGET_MS);
      if (result) setFinished({ of: started, result });
      else timer = setTimeout(step, 0);
    };
    timer = setTimeout(step, 0);
    return () => clearTimeout(timer);
  }, [started]);
  // The last plan shown, kept while a bigger one is worked out (React's derived-state pattern).
  const [shown, setShown] = useState<DayPlanResult | null>(null);
  const now = started?.first ?? (finished?.of === started ? finished.result : null);
  if (now && now !== shown) setShown(now);
  if (!started) return { result: null, calculating: false };
  return { result: now ?? shown, calculating: now === null };
}
