import { ACTION_STATUSES } from '../domain/project/implementationSchema';
import type { Project } from '../domain/project/types';
import { planTimeline } from '../domain/implementation/timeline';
import { PALETTE } from './theme';
import type { ViewContext } from './types';

type Status = (typeof ACTION_STATUSES)[number];

export const STATUS_COLOURS: Record<Status, string> = {
  planned: PALETTE.sky,
  doing: PALETTE.blue,
  done: PALETTE.green,
  blocked: PALETTE.vermillion,
};

export interface TimelineRow {
  id: string;
  name: string;
  /** Where the bar starts and its length, in % of the timeline's width. */
  left: number;
  width: number;
  milestone: boolean;
  late: boolean;
  colour: string;
  /** The bar in words: what, when, status (screen readers and the tooltip). */
  description: string;
}

export interface TimelineView {
  label: string;
  ticks: Array<{ left: number; text: string }>;
  today: { left: number; text: string } | null;
  rows: TimelineRow[];
  /** How many actions have no date (not drawn), in words; null when every action has one. */
  undated: string | null;
  legend: Array<{ status: Status; name: string; colour: string }>;
}

/** The implementation plan's timeline as the page and the report draw it; null when no action has a date. */
export function timelineView(
  actions: Project['implementation']['actions'],
  today: string,
  ctx: ViewContext,
): TimelineView | null {
  const timeline = planTimeline(actions, today);
  if (!timeline) return null;
  const { t } = ctx;
  const month = new Intl.DateTimeFormat(ctx.language, { year: 'numeric', month: 'short', timeZone: 'UTC' });
  const monthOnly = new Intl.DateTimeFormat(ctx.language, { month: 'short', timeZone: 'UTC' });
  const every = Math.ceil(timeline.ticks.length / 8);
  let shownYear = '';
  const pct = (share: number) => share * 100;
  return {
    label: t('plan.timeline.label', { from: timeline.from, to: timeline.to }),
    // The year only on the first label of each year, and at most about eight labels: narrow
    // columns of twelve "2027年1月" ran into each other.
    ticks: timeline.ticks.map((tick, i) => {
      if (i % every !== 0) return { left: pct(tick.left), text: '' };
      const date = new Date(`${tick.day}T00:00:00Z`);
      const year = tick.day.slice(0, 4);
      const text = year !== shownYear ? month.format(date) : monthOnly.format(date);
      shownYear = year;
      return { left: pct(tick.left), text };
    }),
    today: timeline.today === null ? null : { left: pct(timeline.today), text: t('plan.timeline.today') },
    rows: timeline.bars.map(({ action, left, width, milestone, late }, i) => {
      const text = action.text.trim() || t('plan.actions.whatOf', { n: i + 1 });
      const status = t(`plan.actions.statuses.${action.status}`);
      const from = action.start || action.due;
      const to = action.due || action.start;
      return {
        id: action.id,
        name: text,
        left: pct(left),
        width: pct(width),
        milestone,
        late,
        colour: STATUS_COLOURS[action.status],
        description: milestone
          ? t('plan.timeline.milestone', { text, day: from, status })
          : t(late ? 'plan.timeline.lateBar' : 'plan.timeline.bar', { text, from, to, status }),
      };
    }),
    undated: timeline.undated > 0 ? t('plan.timeline.undated', { n: ctx.number(timeline.undated) }) : null,
    legend: ACTION_STATUSES.map((status) => ({
      status,
      name: t(`plan.actions.statuses.${status}`),
      colour: STATUS_COLOURS[status],
    })),
  };
}
