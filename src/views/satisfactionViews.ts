import { importancePerformance, satisfactionGaps, type IpaQuadrant } from '../domain/customers/satisfaction';
import type { Satisfaction } from '../domain/project/types';
import { PALETTE } from './theme';
import type { CategoryView, PointsView, ViewContext, ViewTable } from './types';
import { dataAxis, fixedAxis } from './valueAxis';

const QUADRANTS: IpaQuadrant[] = ['concentrateHere', 'keepUpTheGoodWork', 'lowPriority', 'possibleOverkill'];
const QUADRANT_COLOURS: Record<IpaQuadrant, string> = {
  concentrateHere: PALETTE.vermillion,
  keepUpTheGoodWork: PALETTE.green,
  lowPriority: PALETTE.grey,
  possibleOverkill: PALETTE.orange,
};

const nameOf = (s: Satisfaction, id: string, ctx: ViewContext) => {
  const i = s.attributes.findIndex((a) => a.id === id);
  return s.attributes[i]?.name || ctx.t('customers.satisfaction.attributeN', { n: i + 1 });
};

/** Every attribute with importance, E, P, gap, weighted gap, verdict and quadrant, largest shortfall first. */
export function satisfactionTable(s: Satisfaction, ctx: ViewContext): ViewTable {
  const { t } = ctx;
  const byId = new Map(s.attributes.map((a) => [a.id, a]));
  const quadrants = s.attributes.length ? importancePerformance(s.attributes) : new Map();
  return {
    name: t('customers.satisfaction.csvName'),
    rows: [
      [
        t('customers.satisfaction.attribute'),
        t('customers.satisfaction.importance'),
        t('customers.satisfaction.expectation'),
        t('customers.satisfaction.performance'),
        t('customers.satisfaction.gap'),
        t('customers.satisfaction.weightedGap'),
        t('customers.satisfaction.verdictHeader'),
        t('customers.satisfaction.quadrantHeader'),
      ],
      ...satisfactionGaps(s.attributes, s.scale).map((g) => {
        const a = byId.get(g.id)!;
        return [
          nameOf(s, g.id, ctx),
          a.importance,
          a.expectation,
          a.performance,
          g.gap,
          g.weightedGap,
          t(`customers.satisfaction.verdict.${g.verdict}`),
          t(`customers.satisfaction.quadrant.${quadrants.get(g.id)}`),
        ];
      }),
    ],
  };
}

/** Expectation beside performance for each attribute, the largest importance-weighted shortfall first. */
export function satisfactionGapView(s: Satisfaction, ctx: ViewContext): CategoryView | null {
  if (s.attributes.length === 0) return null;
  const { t } = ctx;
  const gaps = satisfactionGaps(s.attributes, s.scale);
  const byId = new Map(s.attributes.map((a) => [a.id, a]));
  const worst = gaps[0]!;
  const f = (v: number) => ctx.number(v, 2);
  return {
    kind: 'category',
    shape: 'bar',
    id: 'satisfactionGap',
    title:
      worst.gap < 0
        ? t('customers.satisfaction.gapTitle', {
            name: nameOf(s, worst.id, ctx),
            p: f(byId.get(worst.id)!.performance),
            e: f(byId.get(worst.id)!.expectation),
          })
        : t('customers.satisfaction.gapTitleMet'),
    subtitle: t('customers.satisfaction.gapSubtitle', { min: s.scale.min, max: s.scale.max }),
    source: t('customers.satisfaction.source'),
    summary: gaps
      .map((g) =>
        t('customers.satisfaction.gapSummary', {
          name: nameOf(s, g.id, ctx),
          gap: ctx.number(g.gap, 2),
          verdict: t(`customers.satisfaction.verdict.${g.verdict}`),
        }),
      )
      .join(t('common.listSeparator')),
    categories: gaps.map((g) => nameOf(s, g.id, ctx)),
    series: [
      {
        id: 'expectation',
        name: t('customers.satisfaction.expectation'),
        colour: PALETTE.grey,
        values: gaps.map((g) => byId.get(g.id)!.expectation),
      },
      {
        id: 'performance',
        name: t('customers.satisfaction.performance'),
        colour: PALETTE.blue,
        values: gaps.map((g) => byId.get(g.id)!.performance),
      },
    ],
    y: fixedAxis(t('customers.satisfaction.scaleAxis'), s.scale.min, s.scale.max, stepOf(s.scale), ctx),
    table: () => satisfactionTable(s, ctx),
  };
}

/** A tick step giving five to ten ticks on the survey's scale. */
const stepOf = ({ min, max }: { min: number; max: number }) => {
  const span = max - min;
  return span <= 10 ? 1 : span <= 20 ? 2 : span <= 50 ? 5 : 10;
};

/** Importance–performance analysis (Martilla & James): each attribute placed, coloured by its quadrant. */
export function ipaView(s: Satisfaction, ctx: ViewContext): PointsView | null {
  if (s.attributes.length === 0) return null;
  const { t } = ctx;
  const quadrants = importancePerformance(s.attributes);
  const concentrate = s.attributes.filter((a) => quadrants.get(a.id) === 'concentrateHere');
  return {
    kind: 'points',
    id: 'ipa',
    title:
      concentrate.length > 0
        ? t('customers.satisfaction.ipaTitle', {
            names: concentrate.map((a) => nameOf(s, a.id, ctx)).join(t('common.listSeparator')),
          })
        : t('customers.satisfaction.ipaTitleNone'),
    subtitle: t('customers.satisfaction.ipaSubtitle'),
    source: t('customers.satisfaction.ipaSource'),
    summary: QUADRANTS.map((q) => {
      const names = s.attributes.filter((a) => quadrants.get(a.id) === q).map((a) => nameOf(s, a.id, ctx));
      return `${t(`customers.satisfaction.quadrant.${q}`)}${t('common.colon')}${names.join(t('common.listSeparator')) || '–'}`;
    }).join(' · '),
    x: fixedAxis(t('customers.satisfaction.performance'), s.scale.min, s.scale.max, stepOf(s.scale), ctx),
    y: dataAxis(
      t('customers.satisfaction.importance'),
      // Headroom above the most important attribute, so that its name is not cut at the top.
      [...s.attributes.map((a) => a.importance), Math.max(...s.attributes.map((a) => a.importance)) * 1.15],
      ctx,
    ),
    groups: QUADRANTS.map((q) => ({
      id: q,
      name: t(`customers.satisfaction.quadrant.${q}`),
      colour: QUADRANT_COLOURS[q],
      shape: 'circle' as const,
      points: s.attributes
        .filter((a) => quadrants.get(a.id) === q)
        .map((a) => ({ id: a.id, label: nameOf(s, a.id, ctx), x: a.performance, y: a.importance })),
    })).filter((g) => g.points.length > 0),
    labels: 'beside',
    table: () => satisfactionTable(s, ctx),
  };
}
