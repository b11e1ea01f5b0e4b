import { isoDate as dayString } from '../customers/importFormats';
import { dayNumber } from '../customers/rfm';
import type { Project } from '../project/types';

type Action = Project['implementation']['actions'][number];

export interface TimelineBar {
  action: Action;
  /** Where the bar starts and how long it is, as shares (0–1) of the timeline's span. */
  left: number;
  width: number;
  /** One date only (start or due): a point in time, drawn as a milestone. */
  milestone: boolean;
  /** Due before today and not done. */
  late: boolean;
}

export interface Timeline {
  /** First and last day shown (YYYY-MM-DD): whole months around every dated action. */
  from: string;
  to: string;
  /** The first day of each month (or quarter, past 18 months) inside the span, and where it falls (0–1). */
  ticks: Array<{ day: string; left: number }>;
  bars: TimelineBar[];
  /** Where today falls (0–1), or null outside the span. */
  today: number | null;
  /** Actions with no date at all: not drawn, counted. */
  undated: number;
}

const monthStart = (n: number) => dayNumber(`${dayString(n).slice(0, 7)}-01`)!;
const nextMonth = (n: number, months: number) => {
  const [y, m] = dayString(n).split('-').map(Number);
  return Math.round(Date.UTC(y!, m! - 1 + months, 1) / 86_400_000);
};
/** Months between ticks: the smallest that keeps a timeline to about two dozen ticks, however long it runs. */
const TICK_MONTHS = [1, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000, 12000];

/**
 * The plan as a simple timeline (a Gantt chart): each dated action a bar from its start to its due day, a
 * milestone when it has one of them; `today` is a YYYY-MM-DD day. Null when no action has a date. Ticks fall
 * every 1, 3, 6, 12, … months so that there are about two dozen at most, whatever the span.
 */
export function planTimeline(actions: readonly Action[], today: string): Timeline | null {
  // A day before the year 100 (a file may hold one) has no place on a calendar Date can draw: undated.
  const spans = actions.flatMap((a) => {
    const first = dayNumber(a.start || a.due);
    const last = dayNumber(a.due || a.start);
    if (first === null || last === null) return [];
    // A due day typed before the start still shows, as the span between the two.
    return [{ action: a, first: Math.min(first, last), last: Math.max(first, last) }];
  });
  if (spans.length === 0) return null;
  const from = monthStart(Math.min(...spans.map((s) => s.first)));
  const to = nextMonth(Math.max(...spans.map((s) => s.last)), 1);
  const span = to - from;
  const months = Math.round((to - from) / 30.44);
  const step = TICK_MONTHS.find((m) => months / m <= 20) ?? TICK_MONTHS.at(-1)!;
  const ticks: Timeline['ticks'] = [];
  for (let n = from; n < to; n = nextMonth(n, step))
    ticks.push({ day: dayString(n), left: (n - from) / span });
  const now = dayNumber(today);
  return {
    from: dayString(from),
    to: dayString(to - 1),
    ticks,
    bars: spans.map(({ action, first, last }) => ({
      action,
      left: (first - from) / span,
      // A bar runs to the end of its due day.
      width: (last + 1 - first) / span,
      milestone: action.start === '' || action.due === '',
      late:
        now !== null && action.status !== 'done' && action.due !== '' && (dayNumber(action.due) ?? now) < now,
    })),
    today: now !== null && now >= from && now < to ? (now - from) / span : null,
    undated: actions.length - spans.length,
  };
}
