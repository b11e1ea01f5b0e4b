import type { AbcAnalysis } from '../domain/customers/tiers';
import { PALETTE } from './theme';
import type { CategoryView, CurvesView, ViewContext, ViewTable } from './types';
import { fixedAxis } from './valueAxis';

const percentAxis = (title: string, ctx: ViewContext) => ({
  ...fixedAxis(title, 0, 100, 20, ctx),
  unit: '%',
});

/** The ranked customers or segments with their shares, class and tier, for CSV. */
export function abcTable(analysis: AbcAnalysis, ctx: ViewContext): ViewTable {
  const { t } = ctx;
  const tierOf = new Map(analysis.classes.map((c) => [c.class, t(`customers.abc.tier.${c.tier}`)]));
  return {
    name: t('customers.abc.csvName'),
    rows: [
      [
        t('customers.abc.rank'),
        t('customers.abc.name'),
        t('customers.abc.customers'),
        t('customers.abc.value'),
        t('customers.abc.shareCsv'),
        t('customers.abc.cumulativeCsv'),
        t('customers.abc.class'),
        t('customers.abc.tierHeader'),
      ],
      ...analysis.ranked.map((r, i) => [
        i + 1,
        r.name,
        r.customers,
        r.value,
        r.share * 100,
        r.cumulativeShare * 100,
        r.class,
        tierOf.get(r.class),
      ]),
    ],
  };
}

/** Each class's shares and tier in one sentence, for screen readers and the slide's note. */
function classesSummary(analysis: AbcAnalysis, ctx: ViewContext): string {
  const { t } = ctx;
  const pct = (v: number) => ctx.number(v * 100, 1);
  return analysis.classes
    .map((c) =>
      t('customers.abc.classSummary', {
        cls: c.class,
        customers: pct(c.customerShare),
        value: pct(c.valueShare),
        tier: t(`customers.abc.tier.${c.tier}`),
      }),
    )
    .join(t('common.listSeparator'));
}

/** The ABC curve: the cumulative share of the value against the cumulative share of customers, ranked by value. */
export function abcCurveView(analysis: AbcAnalysis, ctx: ViewContext): CurvesView | null {
  if (analysis.ranked.length === 0) return null;
  const { t } = ctx;
  const pct = (v: number) => ctx.number(v * 100, 1);
  const [a, b] = analysis.classes;
  const ends = [a!, b!].reduce<Array<{ cls: string; x: number; y: number }>>((out, c) => {
    const before = out.at(-1) ?? { x: 0, y: 0 };
    if (c.rows > 0) out.push({ cls: c.class, x: before.x + c.customerShare, y: before.y + c.valueShare });
    return out;
  }, []);
  return {
    kind: 'curves',
    id: 'abcCurve',
    title: t('customers.abc.curveTitle', { customers: pct(a!.customerShare), value: pct(a!.valueShare) }),
    subtitle: t('customers.abc.curveSubtitle'),
    source: t('customers.abc.source'),
    summary: classesSummary(analysis, ctx),
    x: percentAxis(t('customers.abc.customerAxis'), ctx),
    y: percentAxis(t('customers.abc.valueAxis'), ctx),
    series: [
      {
        id: 'abc',
        name: t('customers.abc.curve'),
        colour: PALETTE.blue,
        x: analysis.curve.map((p) => p.x * 100),
        values: analysis.curve.map((p) => p.y * 100),
      },
      {
        id: 'equal',
        name: t('customers.abc.equal'),
        colour: PALETTE.grey,
        dash: true,
        x: [0, 100],
        values: [0, 100],
      },
    ],
    marks: ends.map((e) => ({
      id: `end-${e.cls}`,
      x: e.x * 100,
      y: e.y * 100,
      label: t('customers.abc.classEnd', { cls: e.cls, customers: pct(e.x), value: pct(e.y) }),
      colour: PALETTE.vermillion,
      side: 'below' as const,
    })),
    table: () => abcTable(analysis, ctx),
  };
}

/** Each class's share of the customers beside its share of the value, with its service tier. */
export function abcClassesView(analysis: AbcAnalysis, ctx: ViewContext): CategoryView | null {
  if (analysis.ranked.length === 0) return null;
  const { t } = ctx;
  return {
    kind: 'category',
    shape: 'bar',
    id: 'abcClasses',
    title: t('customers.abc.classesTitle'),
    subtitle: t('customers.abc.classesSubtitle'),
    source: t('customers.abc.source'),
    summary: classesSummary(analysis, ctx),
    categories: analysis.classes.map((c) =>
      t('customers.abc.classTier', { cls: c.class, tier: t(`customers.abc.tier.${c.tier}`) }),
    ),
    series: [
      {
        id: 'customers',
        name: t('customers.abc.customerShare'),
        colour: PALETTE.sky,
        values: analysis.classes.map((c) => c.customerShare * 100),
      },
      {
        id: 'value',
        name: t('customers.abc.valueShare'),
        colour: PALETTE.blue,
        values: analysis.classes.map((c) => c.valueShare * 100),
      },
    ],
    y: percentAxis(t('customers.abc.shareAxis'), ctx),
    valueLabels: { decimals: 0, format: (v) => `${ctx.number(v, 0)}%` },
    table: () => abcTable(analysis, ctx),
  };
}
