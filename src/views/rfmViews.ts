import { RFM_BINS, RFM_SEGMENT_RULES } from '../domain/customers/rfmSegments';
import type { RfmAnalysisDoc } from '../domain/project/rfmSchema';
import { PALETTE } from './theme';
import type { CategoryView, MapView, ViewContext, ViewTable } from './types';
import { dataAxis, fixedAxis } from './valueAxis';

// Light to mid blue by the cell's share of the customers: dark text stays readable (AA) on every tint.
const TINTS = ['#f8fafc', '#e0f2fe', '#bae6fd', '#a5d8fb', '#93c5fd'];

const scores = Array.from({ length: RFM_BINS }, (_, i) => String(i + 1));

/** Every customer kept, with R, F, M, scores and segment, for CSV. */
export function rfmCustomersTable(rfm: RfmAnalysisDoc, ctx: ViewContext): ViewTable {
  const { t } = ctx;
  return {
    name: t('customers.rfm.csvName'),
    rows: [
      [
        t('customers.rfm.customerId'),
        t('customers.rfm.recencyDays'),
        t('customers.rfm.frequency'),
        t('customers.rfm.monetary'),
        'R',
        'F',
        'M',
        t('customers.rfm.segment'),
      ],
      ...rfm.top.map((c) => [
        c.id,
        c.recencyDays,
        c.frequency,
        c.monetary,
        c.r,
        c.f,
        c.m,
        t(`customers.rfm.segments.${c.segment}`),
      ]),
    ],
  };
}

/** The named segments with their customers, value and means, for CSV. */
export function rfmSegmentsTable(rfm: RfmAnalysisDoc, ctx: ViewContext): ViewTable {
  const { t } = ctx;
  return {
    name: t('customers.rfm.segmentsCsvName'),
    rows: [
      [
        t('customers.rfm.segment'),
        t('customers.rfm.customers'),
        t('customers.rfm.customerShareCsv'),
        t('customers.rfm.monetary'),
        t('customers.rfm.valueShareCsv'),
        t('customers.rfm.meanRecency'),
        t('customers.rfm.meanFrequency'),
      ],
      ...rfm.segments.map((s) => [
        t(`customers.rfm.segments.${s.segment}`),
        s.customers,
        (s.customers / Math.max(1, rfm.customers)) * 100,
        s.monetary,
        share(s.monetary, rfm) * 100,
        s.meanRecencyDays,
        s.meanFrequency,
      ]),
    ],
  };
}

const totalValue = (rfm: RfmAnalysisDoc) => rfm.segments.reduce((n, s) => n + s.monetary, 0);
const share = (value: number, rfm: RfmAnalysisDoc) => {
  const total = totalValue(rfm);
  return total > 0 ? value / total : 0;
};

/**
 * The R × F grid: frequency score across, recency score up, each cell with its customers and their mean
 * monetary value, tinted by its share of the customers.
 */
export function rfmHeatmapView(rfm: RfmAnalysisDoc, ctx: ViewContext): MapView {
  const { t } = ctx;
  const cell = new Map(rfm.cells.map((c) => [`${c.r}:${c.f}`, c]));
  const most = Math.max(1, ...rfm.cells.map((c) => c.customers));
  const items = [];
  for (let r = RFM_BINS; r >= 1; r -= 1)
    for (let f = 1; f <= RFM_BINS; f += 1) {
      const c = cell.get(`${r}:${f}`);
      const n = c?.customers ?? 0;
      items.push({
        id: `R${r}F${f}`,
        label: ctx.number(n, 0),
        note: n > 0 ? t('customers.rfm.cellMean', { value: ctx.number(c!.monetary / n, 0) }) : '',
        fill: TINTS[
          n === 0 ? 0 : Math.min(TINTS.length - 1, 1 + Math.floor((n / most) * (TINTS.length - 1)))
        ]!,
      });
    }
  const best = rfm.cells.reduce((a, b) => (b.customers > a.customers ? b : a), rfm.cells[0]!);
  const axis = (title: string) => fixedAxis(title, 0.5, RFM_BINS + 0.5, 1, ctx);
  return {
    kind: 'map',
    id: 'rfmHeatmap',
    title: t('customers.rfm.heatmapTitle', { customers: ctx.number(rfm.customers, 0) }),
    subtitle: t('customers.rfm.heatmapSubtitle'),
    source: t('customers.rfm.source', { file: rfm.fileName }),
    summary: t('customers.rfm.heatmapSummary', {
      r: best.r,
      f: best.f,
      customers: ctx.number(best.customers, 0),
    }),
    x: axis(t('customers.rfm.fAxis')),
    y: axis(t('customers.rfm.rAxis')),
    cells: { rows: RFM_BINS, cols: RFM_BINS, items },
    levels: { x: scores, y: scores },
    players: [],
    legend: [],
    table: () => ({
      name: t('customers.rfm.heatmapCsvName'),
      rows: [
        ['R', 'F', t('customers.rfm.customers'), t('customers.rfm.monetary')],
        ...rfm.cells.map((c) => [c.r, c.f, c.customers, c.monetary]),
      ],
    }),
  };
}

/** Each named segment's share of the customers beside its share of the value. */
export function rfmSegmentsView(rfm: RfmAnalysisDoc, ctx: ViewContext): CategoryView {
  const { t } = ctx;
  const pct = (v: number) => ctx.number(v * 100, 1);
  const shown = rfm.segments.filter((s) => s.customers > 0);
  const top = [...shown].sort((a, b) => b.monetary - a.monetary)[0];
  return {
    kind: 'category',
    shape: 'bar',
    horizontal: true,
    id: 'rfmSegments',
    title: top
      ? t('customers.rfm.segmentsTitle', {
          segment: t(`customers.rfm.segments.${top.segment}`),
          customers: pct(top.customers / Math.max(1, rfm.customers)),
          value: pct(share(top.monetary, rfm)),
        })
      : t('customers.rfm.segmentsHeading'),
    subtitle: t('customers.rfm.segmentsSubtitle'),
    source: t('customers.rfm.source', { file: rfm.fileName }),
    summary: shown
      .map((s) =>
        t('customers.rfm.segmentSummary', {
          segment: t(`customers.rfm.segments.${s.segment}`),
          customers: ctx.number(s.customers, 0),
          value: pct(share(s.monetary, rfm)),
        }),
      )
      .join(t('common.listSeparator')),
    categories: shown.map((s) => t(`customers.rfm.segments.${s.segment}`)),
    series: [
      {
        id: 'customers',
        name: t('customers.rfm.customerShare'),
        colour: PALETTE.sky,
        values: shown.map((s) => (s.customers / Math.max(1, rfm.customers)) * 100),
      },
      {
        id: 'value',
        name: t('customers.rfm.valueShare'),
        colour: PALETTE.blue,
        values: shown.map((s) => share(s.monetary, rfm) * 100),
      },
    ],
    y: {
      ...dataAxis(
        t('customers.rfm.shareAxis'),
        shown.flatMap((s) => [
          (s.customers / Math.max(1, rfm.customers)) * 100,
          share(s.monetary, rfm) * 100,
        ]),
        ctx,
      ),
      unit: '%',
    },
    table: () => rfmSegmentsTable(rfm, ctx),
  };
}

/** Where an RFM analysis came from and what was read, in one sentence (page and report). */
export function rfmSourceLine(rfm: RfmAnalysisDoc, ctx: ViewContext): string {
  const num = (v: number) => ctx.number(v, 0);
  return ctx.t(rfm.kind === 'summary' ? 'customers.rfm.sourceSummary' : 'customers.rfm.sourceLine', {
    file: rfm.fileName,
    rows: num(rfm.rows),
    good: num(rfm.goodRows),
    bad: num(rfm.badRows),
    customers: num(rfm.customers),
    date: rfm.analysisDate ?? '–',
  });
}

/** A segment's rule as its score ranges: "R 5, F 4–5". */
export function rfmRuleText(segment: string, ctx: ViewContext): string {
  const rule = RFM_SEGMENT_RULES.find((r) => r.segment === segment)!;
  const range = ([a, b]: readonly [number, number]) => (a === b ? `${a}` : `${a}–${b}`);
  return ctx.t('customers.rfm.ruleCell', { r: range(rule.r), f: range(rule.f) });
}
