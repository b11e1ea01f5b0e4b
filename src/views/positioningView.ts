import type { Project } from '../domain/project/types';
import { playersTable } from './tables';
import { clockRoute, NINE_CELLS, priceQualityCell } from '../domain/strategy/positioning';
import { placedPlayers } from './names';
import { NINE_CELL_FILL, PALETTE } from './theme';
import type { MapView, ViewContext, ViewPlayer } from './types';
import { fixedAxis } from './valueAxis';

/** One colour and shape per kind of player, the same on every positioning chart and slide. */
export const PLAYER_STYLE: Record<ViewPlayer['kind'], Pick<ViewPlayer, 'colour' | 'shape'>> = {
  firm: { colour: PALETTE.black, shape: 'circle' },
  alternative: { colour: PALETTE.blue, shape: 'diamond' },
  competitor: { colour: PALETTE.orange, shape: 'circle' },
};

const LEVELS = ['low', 'medium', 'high'] as const;

type Placed = ReturnType<typeof placedPlayers>['placed'];

/** What each kind of player is called in a key. */
export const playerKinds = (ctx: ViewContext): Record<ViewPlayer['kind'], string> => ({
  firm: ctx.t('positioning.firmToday'),
  alternative: ctx.t('strategy.alternatives'),
  competitor: ctx.t('positioning.competitors'),
});

/** The placed players as a chart draws them: price on x, quality (or perceived value) on y, styled by kind. */
export const viewPlayers = (placed: Placed): ViewPlayer[] =>
  placed.map((p) => ({
    id: p.id,
    name: p.name,
    kind: p.kind,
    x: p.price,
    y: p.quality,
    ...PLAYER_STYLE[p.kind],
  }));

/** The key: one entry per kind of player that is on the chart. */
export const playerLegend = (placed: Placed, ctx: ViewContext) => {
  const kinds = playerKinds(ctx);
  return (Object.keys(kinds) as Array<ViewPlayer['kind']>)
    .filter((k) => placed.some((p) => p.kind === k))
    .map((k) => ({ label: kinds[k], ...PLAYER_STYLE[k] }));
};

/**
 * Kotler's nine price–quality strategies with the players placed: quality rows (high on top) against price
 * columns, 0–10 each; the firm, the alternatives and the competitors told apart by colour and shape.
 * Null until a player has a price and a quality.
 */
export function positioningView(project: Project, ctx: ViewContext): MapView | null {
  const { t } = ctx;
  const { placed } = placedPlayers(project, t);
  if (placed.length === 0) return null;
  return {
    kind: 'map',
    id: 'positioning',
    title: t('positioning.nineCellTitle'),
    subtitle: t('positioning.nineCellSubtitle'),
    source: t('positioning.source'),
    summary: placed
      .map(
        (p) =>
          `${p.name}${t('common.colon')}${t(`positioning.cell.${priceQualityCell(p.quality, p.price)}`)} / ${t(`positioning.route.${clockRoute(p.price, p.quality)}`)}`,
      )
      .join(t('common.listSeparator')),
    x: fixedAxis(t('positioning.priceAxis'), 0, 10, 2, ctx),
    y: fixedAxis(t('positioning.qualityAxis'), 0, 10, 2, ctx),
    cells: {
      rows: 3,
      cols: 3,
      items: (['high', 'medium', 'low'] as const).flatMap((quality) =>
        LEVELS.map((price) => {
          const cell = NINE_CELLS[quality][price];
          return { label: t(`positioning.cell.${cell}`), fill: NINE_CELL_FILL[cell] };
        }),
      ),
    },
    levels: {
      x: LEVELS.map((l) => t(`positioning.level.${l}`)),
      y: LEVELS.map((l) => t(`positioning.level.${l}`)),
    },
    players: viewPlayers(placed),
    legend: playerLegend(placed, ctx),
    table: () => playersTable(project, ctx),
  };
}
