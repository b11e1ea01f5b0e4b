import type { AbcClass } from '../domain/customers/abc';
import type { AbcAnalysis } from '../domain/customers/tiers';
import { abcTable } from './customerViews';
import { PALETTE } from './theme';
import type { CategoryView, ViewContext, ViewSeries } from './types';
import { dataAxis, fixedAxis } from './valueAxis';

/** Bars a Pareto chart draws one by one; past this the rest share one "others" bar (split by class). */
export const PARETO_BARS = 30;

const CLASS_COLOURS: Record<AbcClass, string> = { A: PALETTE.blue, B: PALETTE.sky, C: PALETTE.grey };

interface Bar {
  name: string;
  /** The bar's value in each class (an item is in one class; the "others" bar may span two). */
  byClass: Record<AbcClass, number>;
  /** Cumulative share of the value up to and including the bar (0–1). */
  cumulative: number;
}

function bars(analysis: AbcAnalysis, ctx: ViewContext): Bar[] {
  const { ranked } = analysis;
  const single = ranked.length > PARETO_BARS ? ranked.slice(0, PARETO_BARS - 1) : ranked;
  const out: Bar[] = single.map((r, i) => ({
    name: r.name.trim() || ctx.t('customers.pareto.unnamed', { rank: i + 1 }),
    byClass: { A: 0, B: 0, C: 0, [r.class]: r.value },
    cumulative: r.cumulativeShare,
  }));
  const rest = ranked.slice(single.length);
  if (rest.length > 0) {
    const byClass = { A: 0, B: 0, C: 0 };
    for (const r of rest) byClass[r.class] += r.value;
    out.push({
      name: ctx.t('customers.pareto.others', { n: ctx.number(rest.length) }),
      byClass,
      cumulative: rest.at(-1)!.cumulativeShare,
    });
  }
  return out;
}

/**
 * The Pareto chart of the ABC list: each customer or segment's value as a bar coloured by its class, ranked,
 * the cumulative share of the value as a line on a right-hand axis in %, and the two cut-offs as flat dashed
 * lines on that axis. Long lists keep their first bars and put the rest in one "others" bar.
 */
export function abcParetoView(analysis: AbcAnalysis, ctx: ViewContext): CategoryView | null {
  if (analysis.ranked.length === 0) return null;
  const { t } = ctx;
  const pct = (v: number) => ctx.number(v * 100, 1);
  const list = bars(analysis, ctx);
  const [a, b] = analysis.classes;
  const cutoffs = analysis.cutoffs;
  const classSeries = analysis.classes
    .filter((c) => c.rows > 0)
    .map((c): ViewSeries => ({
      id: `class-${c.class}`,
      name: t('customers.abc.classTier', { cls: c.class, tier: t(`customers.abc.tier.${c.tier}`) }),
      colour: CLASS_COLOURS[c.class],
      values: list.map((bar) => (bar.byClass[c.class] > 0 ? bar.byClass[c.class] : null)),
    }));
  const flat = (id: string, name: string, share: number, colour: string): ViewSeries => ({
    id,
    name,
    colour,
    dash: true,
    right: true,
    values: list.map(() => share * 100),
  });
  const y = dataAxis(
    t('customers.pareto.valueAxis'),
    list.map((bar) => bar.byClass.A + bar.byClass.B + bar.byClass.C),
    ctx,
    5,
  );
  return {
    kind: 'category',
    shape: 'bar',
    stacked: true,
    id: 'abcPareto',
    title: t('customers.pareto.title', {
      n: ctx.number(a!.rows),
      total: ctx.number(analysis.ranked.length),
      value: pct(a!.valueShare),
    }),
    subtitle: t('customers.pareto.subtitle'),
    source: t('customers.abc.source'),
    summary: t('customers.pareto.summary', {
      a: pct(cutoffs.a),
      b: pct(cutoffs.b),
      aRows: ctx.number(a!.rows),
      bRows: ctx.number(b!.rows),
      cRows: ctx.number(analysis.classes[2]!.rows),
    }),
    categories: list.map((bar) => bar.name),
    series: [
      ...classSeries,
      {
        id: 'cumulative',
        name: t('customers.pareto.cumulative'),
        colour: PALETTE.vermillion,
        right: true,
        values: list.map((bar) => bar.cumulative * 100),
      },
      flat(
        'cutoff-a',
        t('customers.pareto.cutoff', { cls: 'A', share: pct(cutoffs.a) }),
        cutoffs.a,
        PALETTE.black,
      ),
      flat(
        'cutoff-b',
        t('customers.pareto.cutoff', { cls: 'B', share: pct(cutoffs.b) }),
        cutoffs.b,
        PALETTE.grey,
      ),
    ],
    y,
    y2: { ...fixedAxis(t('customers.pareto.cumulativeAxis'), 0, 100, 20, ctx), unit: '%' },
    table: () => abcTable(analysis, ctx),
  };
}
