import { factorCodes } from '../domain/pestel/codes';
import { pestelBubbles } from '../domain/pestel/bubbles';
import { rankFactors } from '../domain/pestel/score';
import type { Project } from '../domain/project/types';
import { placedPlayers } from './names';
import { pestelTable } from './tables';
import { PLAYER_STYLE, playerKinds } from './positioningView';
import { CATEGORY_COLOURS, PALETTE } from './theme';
import type { CategoryView, PointsView, ViewAxis, ViewContext, ViewPlayer } from './types';
import { fixedAxis } from './valueAxis';

/** A 1–5 rating axis with room for a bubble at either end. */
function ratingAxis(title: string, ctx: ViewContext): ViewAxis {
  return {
    ...fixedAxis(title, 0.5, 5.5, 1, ctx),
    ticks: [1, 2, 3, 4, 5],
    decimals: 0,
    format: (v) => ctx.fixed(v, 0),
  };
}

/** The factors' short codes (P1, E2) in the user's language. */
const codesOf = (pestel: Project['pestel'], ctx: ViewContext) =>
  factorCodes(pestel, (c) => ctx.t(`pestel.code.${c}`));

/**
 * PEST(EL) factors placed by likelihood (x) and impact (y), a bubble each sized by its score, one colour per
 * category, each named by its code. Null until a factor has both ratings.
 */
export function pestelBubbleView(pestel: Project['pestel'], ctx: ViewContext): PointsView | null {
  const { t } = ctx;
  const codes = codesOf(pestel, ctx);
  const groups = pestelBubbles(pestel, codes);
  if (groups.length === 0) return null;
  const ranked = rankFactors(pestel).filter((r) => r.score !== null);
  return {
    kind: 'points',
    id: 'pestelBubbles',
    title: t('pestel.bubbleTitle'),
    subtitle: t('pestel.bubbleSubtitle'),
    source: t('pestel.chartSource'),
    summary: ranked
      .map((r) => `${codes.get(r.factor.id)} ${r.factor.text}${t('common.colon')}${r.score}`)
      .join(t('common.listSeparator')),
    x: ratingAxis(t('pestel.likelihoodAxis'), ctx),
    y: ratingAxis(t('pestel.impactAxis'), ctx),
    groups: groups.map((g) => ({
      id: g.category,
      name: t(`pestel.category.${g.category}`),
      colour: CATEGORY_COLOURS[g.category],
      shape: 'circle',
      points: g.points.map((p) => ({
        id: p.code,
        label: p.code,
        detail: `${p.text}${t('common.colon')}${p.impact} × ${p.likelihood} = ${p.score}`,
        x: p.x,
        y: p.impact,
        size: p.score,
      })),
    })),
    sizes: { min: 1, max: 25 },
    labels: 'inside',
    table: () => pestelTable(pestel, ctx),
  };
}

/** The rated factors as bars, the highest score on top, each in its category's colour. */
export function pestelRankingView(pestel: Project['pestel'], ctx: ViewContext): CategoryView | null {
  const { t } = ctx;
  const codes = codesOf(pestel, ctx);
  const ranked = rankFactors(pestel).filter((r) => r.score !== null);
  if (ranked.length === 0) return null;
  return {
    kind: 'category',
    shape: 'bar',
    horizontal: true,
    id: 'pestel',
    title: t('pestel.rankingTitle'),
    subtitle: t('pestel.rankingSubtitle'),
    source: t('pestel.chartSource'),
    summary: ranked
      .map((r) => `${codes.get(r.factor.id)} ${r.factor.text}${t('common.colon')}${r.score}`)
      .join(t('common.listSeparator')),
    categories: ranked.map((r) => `${codes.get(r.factor.id)} ${r.factor.text}`),
    series: [
      { id: 'score', name: t('pestel.score'), colour: PALETTE.blue, values: ranked.map((r) => r.score) },
    ],
    categoryColours: ranked.map((r) => CATEGORY_COLOURS[r.factor.category]),
    y: fixedAxis(t('pestel.score'), 0, 25, 5, ctx),
    valueLabels: { decimals: 0, format: (v) => ctx.fixed(v, 0) },
    table: () => pestelTable(pestel, ctx),
  };
}

/**
 * Perceived value (quality) against price, 0–10 each, a bubble per player sized by market share (players
 * without one drawn small), the diagonal where value equals price. Null until a player is placed.
 */
export function valueBubbleView(project: Project, ctx: ViewContext): PointsView | null {
  const { t } = ctx;
  const { placed } = placedPlayers(project, t);
  if (placed.length === 0) return null;
  const kinds = playerKinds(ctx);
  const h = (key: string) => t(`csv.${key}`);
  return {
    kind: 'points',
    id: 'valueBubbles',
    title: t('positioning.bubbleTitle'),
    subtitle: t('positioning.bubbleSubtitle'),
    source: t('positioning.source'),
    summary: placed
      .map((p) => `${p.name}${t('common.colon')}${ctx.fixed(p.quality - p.price, 1)}`)
      .join(t('common.listSeparator')),
    x: fixedAxis(t('positioning.priceAxis'), 0, 10, 2, ctx),
    y: fixedAxis(t('positioning.valueAxis'), 0, 10, 2, ctx),
    groups: (Object.keys(kinds) as Array<ViewPlayer['kind']>)
      .filter((kind) => placed.some((p) => p.kind === kind))
      .map((kind) => ({
        id: kind,
        name: kinds[kind],
        ...PLAYER_STYLE[kind],
        points: placed
          .filter((p) => p.kind === kind)
          .map((p) => ({ id: p.id, label: p.name, x: p.price, y: p.quality, size: p.share ?? 4 })),
      })),
    sizes: { min: 0, max: 40 },
    labels: 'beside',
    diagonal: t('positioning.diagonal'),
    table: () => ({
      name: t('positioning.bubbleTitle'),
      rows: [
        [h('player'), h('price'), h('quality'), h('share')],
        ...placed.map((p) => [p.name, p.price, p.quality, p.share]),
      ],
    }),
  };
}
