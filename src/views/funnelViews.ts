import type { FrequencyShare, FunnelStage } from '../domain/customers/lifecycle';
import { PALETTE } from './theme';
import type { CategoryView, ViewContext, ViewTable } from './types';
import { dataAxis, fixedAxis } from './valueAxis';

const pct = (v: number | null, ctx: ViewContext) => (v === null ? '–' : `${ctx.number(v * 100, 1)}%`);

/** Each stage with its customers and conversion rates, for CSV. */
export function funnelTable(stages: readonly FunnelStage[], ctx: ViewContext): ViewTable {
  const { t } = ctx;
  return {
    name: t('customers.funnel.csvName'),
    rows: [
      [
        t('customers.funnel.stage'),
        t('customers.funnel.customers'),
        t('customers.funnel.fromPreviousCsv'),
        t('customers.funnel.fromFirstCsv'),
      ],
      ...stages.map((s) => [
        t(`customers.funnel.stages.${s.stage}`),
        s.customers,
        s.fromPrevious === null ? null : s.fromPrevious * 100,
        s.fromFirst === null ? null : s.fromFirst * 100,
      ]),
    ],
  };
}

/**
 * The five-level funnel drawn as a funnel: each stage a bar centred on the widest (an unfilled spacer of half
 * the difference on its left), the widest on top, each bar saying its customers and each name the share of the
 * stage before that reached it. null until the first stage has customers.
 */
export function funnelView(stages: readonly FunnelStage[], ctx: ViewContext): CategoryView | null {
  if (stages.length === 0 || stages[0]!.customers <= 0) return null;
  const { t } = ctx;
  const widest = Math.max(...stages.map((s) => s.customers));
  const last = stages.at(-1)!;
  const name = (s: FunnelStage) => t(`customers.funnel.stages.${s.stage}`);
  return {
    kind: 'category',
    shape: 'bar',
    stacked: true,
    horizontal: true,
    id: 'lifecycleFunnel',
    title: t('customers.funnel.chartTitle', { share: pct(last.fromFirst, ctx), last: name(last) }),
    subtitle: t('customers.funnel.chartSubtitle'),
    source: t('customers.funnel.source'),
    summary: stages
      .map((s) =>
        t(s.fromPrevious === null ? 'customers.funnel.summaryFirst' : 'customers.funnel.summary', {
          stage: name(s),
          customers: ctx.number(s.customers),
          rate: pct(s.fromPrevious, ctx),
        }),
      )
      .join(t('common.listSeparator')),
    // The conversion rate goes with the level's name: a narrow bar at the bottom has room for its count only.
    categories: stages.map((s, i) => (i === 0 ? name(s) : `${name(s)} · ${pct(s.fromPrevious, ctx)}`)),
    series: [
      {
        id: 'spacer',
        name: '',
        colour: '#FFFFFF',
        values: stages.map((s) => (widest - s.customers) / 2 || null),
        hidden: true,
      },
      {
        id: 'customers',
        name: t('customers.funnel.customers'),
        colour: PALETTE.blue,
        values: stages.map((s) => s.customers || null),
        pointLabels: stages.map((s) => (s.customers <= 0 ? null : ctx.number(s.customers))),
      },
    ],
    // Bars centred on the widest: their positions on a value axis would mean nothing, so it is not drawn.
    y: { ...dataAxis(t('customers.funnel.customers'), [widest], ctx), hidden: true },
    table: () => funnelTable(stages, ctx),
  };
}

/** Heavy, medium and light visitors with their shares, for CSV. */
export function frequencyTable(rows: readonly FrequencyShare[], ctx: ViewContext): ViewTable {
  const { t } = ctx;
  return {
    name: t('customers.frequency.csvName'),
    rows: [
      [
        t('customers.frequency.segment'),
        t('customers.frequency.customers'),
        t('customers.frequency.visitsPerYear'),
        t('customers.frequency.visits'),
        t('customers.frequency.customerShareCsv'),
        t('customers.frequency.visitShareCsv'),
      ],
      ...rows.map((r) => [
        t(`customers.frequency.segments.${r.segment}`),
        r.customers,
        r.visitsPerYear,
        r.visits,
        r.customerShare * 100,
        r.visitShare * 100,
      ]),
    ],
  };
}

/** Each frequency segment's share of the customers beside its share of the visits; null until visits are counted. */
export function frequencyView(rows: readonly FrequencyShare[], ctx: ViewContext): CategoryView | null {
  if (!rows.some((r) => r.visits > 0)) return null;
  const { t } = ctx;
  const heavy = rows.find((r) => r.segment === 'heavy')!;
  return {
    kind: 'category',
    shape: 'bar',
    id: 'frequencySegments',
    title: t('customers.frequency.chartTitle', {
      customers: pct(heavy.customerShare, ctx),
      visits: pct(heavy.visitShare, ctx),
    }),
    subtitle: t('customers.frequency.chartSubtitle'),
    source: t('customers.frequency.source'),
    summary: rows
      .map((r) =>
        t('customers.frequency.summary', {
          segment: t(`customers.frequency.segments.${r.segment}`),
          customers: pct(r.customerShare, ctx),
          visits: pct(r.visitShare, ctx),
        }),
      )
      .join(t('common.listSeparator')),
    categories: rows.map((r) => t(`customers.frequency.segments.${r.segment}`)),
    series: [
      {
        id: 'customers',
        name: t('customers.frequency.customerShare'),
        colour: PALETTE.sky,
        values: rows.map((r) => r.customerShare * 100),
      },
      {
        id: 'visits',
        name: t('customers.frequency.visitShare'),
        colour: PALETTE.blue,
        values: rows.map((r) => r.visitShare * 100),
      },
    ],
    y: { ...fixedAxis(t('customers.abc.shareAxis'), 0, 100, 20, ctx), unit: '%' },
    valueLabels: { decimals: 0, format: (v) => `${ctx.number(v, 0)}%` },
    table: () => frequencyTable(rows, ctx),
  };
}
