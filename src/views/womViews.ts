import { courseLifetimeValue, wordOfMouth } from '../domain/customers/value';
import type { CustomerValue } from '../domain/project/types';
import { PALETTE } from './theme';
import type { CategoryView, ViewContext, ViewTable } from './types';
import { dataAxis } from './valueAxis';
import { waterfallSeries, type WaterfallStep } from './waterfall';

/**
 * The course's word of mouth as steps: a customer's own lifetime value, the customers their praise wins, what a
 * satisfied customer is worth; then all of it gone when they leave unhappy, and the customers their complaints
 * drive away: what a dissatisfied customer is worth (below zero).
 */
export function womSteps(value: CustomerValue, ctx: ViewContext): WaterfallStep[] {
  const { t } = ctx;
  const own = courseLifetimeValue(value);
  const wom = wordOfMouth({ ...value, customerValue: own });
  const satisfied = own + wom.gainedValue;
  return [
    { label: t('customers.wom.own'), value: own },
    { label: t('customers.wom.won', { n: ctx.number(wom.gainedCustomers, 2) }), value: wom.gainedValue },
    { label: t('customers.wom.worthSatisfied'), value: satisfied, total: true },
    { label: t('customers.wom.leaves'), value: -satisfied },
    { label: t('customers.wom.lost', { n: ctx.number(wom.lostCustomers, 2) }), value: -wom.lostValue },
    { label: t('customers.wom.worthDissatisfied'), value: -wom.lostValue, total: true },
  ];
}

/** The steps with each change and the running value, for CSV. */
export function womTable(value: CustomerValue, ctx: ViewContext): ViewTable {
  const { t } = ctx;
  let running = 0;
  return {
    name: t('customers.wom.csvName'),
    rows: [
      [t('customers.wom.csvStep'), t('customers.wom.csvChange'), t('customers.wom.csvRunning')],
      ...womSteps(value, ctx).map((s) => {
        running = s.total ? s.value : running + s.value;
        return [s.label, s.total ? null : s.value, running];
      }),
    ],
  };
}

const signed = (v: number, ctx: ViewContext) =>
  v > 0 ? `+${ctx.number(v, 0)}` : v < 0 ? `−${ctx.number(-v, 0)}` : '0';

/** What one customer is worth, satisfied and dissatisfied, with their word of mouth: a waterfall. */
export function womWaterfallView(value: CustomerValue, ctx: ViewContext): CategoryView {
  const { t } = ctx;
  const steps = womSteps(value, ctx);
  const { series, ends } = waterfallSeries(steps, {
    names: { rise: t('customers.wom.rise'), fall: t('customers.wom.fall'), total: t('customers.wom.total') },
    colours: { rise: PALETTE.green, fall: PALETTE.vermillion, total: PALETTE.blue },
    label: (v, kind) => (kind === 'total' ? signed(v, ctx).replace(/^\+/, '') : signed(v, ctx)),
  });
  const satisfied = steps[2]!.value;
  const lost = -steps[5]!.value;
  return {
    kind: 'category',
    shape: 'bar',
    stacked: true,
    id: 'wordOfMouth',
    title: t('customers.wom.chartTitle', { satisfied: ctx.number(satisfied), lost: ctx.number(lost) }),
    subtitle: t('customers.wom.chartSubtitle'),
    source: t('customers.wom.source'),
    summary: t('customers.wom.stake', {
      value: ctx.number(satisfied + lost),
      satisfied: ctx.number(satisfied),
      lost: ctx.number(lost),
    }),
    categories: steps.map((s) => s.label),
    series,
    y: dataAxis(t('customers.wom.axis'), ends, ctx),
    table: () => womTable(value, ctx),
  };
}
