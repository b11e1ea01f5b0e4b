import type { Project } from '../domain/project/types';
import { CLOCK_ROUTES, clockRoute, isFailureRoute } from '../domain/strategy/positioning';
import { placedPlayers } from './names';
import { playerLegend, viewPlayers } from './positioningView';
import { PALETTE } from './theme';
import type { ClockView, ViewContext } from './types';
import { textWidth } from './textFit';
import { fixedAxis } from './valueAxis';

/** Route n points from the centre at these angles (degrees, 0 = right, counter-clockwise): 1 bottom left … */
const ANGLES = [225, 180, 135, 90, 45, 0, 315, 270];

/** Bowman's strategy clock with every placed player; null until a player has a price and a value. */
export function clockView(project: Project, ctx: ViewContext): ClockView | null {
  const { t } = ctx;
  const { placed } = placedPlayers(project, t);
  if (placed.length === 0) return null;
  const route = (p: (typeof placed)[number]) => t(`positioning.route.${clockRoute(p.price, p.quality)}`);
  return {
    kind: 'clock',
    id: 'strategyClock',
    title: t('positioning.clockTitle'),
    subtitle: t('positioning.clockSubtitle'),
    source: t('positioning.source'),
    summary: placed.map((p) => `${p.name}${t('common.colon')}${route(p)}`).join(t('common.listSeparator')),
    x: fixedAxis(t('positioning.priceAxis'), 0, 10, 5, ctx),
    y: fixedAxis(t('positioning.valueAxis'), 0, 10, 5, ctx),
    routes: CLOCK_ROUTES.map((id, i) => ({
      id,
      label: t(`positioning.route.${id}`),
      angle: ANGLES[i]!,
      failure: isFailureRoute(id),
    })),
    colours: { route: '#64748b', failure: PALETTE.vermillion },
    players: viewPlayers(placed),
    legend: playerLegend(placed, ctx),
    table: () => ({
      name: t('positioning.clockTitle'),
      rows: [
        [t('csv.player'), t('csv.price'), t('csv.quality'), t('positioning.colRoute')],
        ...placed.map((p) => [p.name, p.price, p.quality, route(p)]),
      ],
    }),
  };
}

/**
 * Where the clock's parts go on a face of radius `r` about (cx, cy), in the renderer's unit (px on a page,
 * pt on a slide): the spokes' ends, the routes' names just outside the rim (with the boxes they take, for
 * the players' names to keep clear of), and a player's place. The 0–10 square sits inside the face (its
 * corners on the rim), so every player is on the face.
 */
export function clockLayout<R extends { label: string; angle: number }>(
  spokes: readonly R[],
  cx: number,
  cy: number,
  r: number,
  fontSize: number,
) {
  const gap = fontSize;
  const routes = spokes.map((route) => {
    const a = (route.angle * Math.PI) / 180;
    const cos = Math.cos(a);
    const sin = Math.sin(a);
    const x = cx + cos * (r + gap);
    const y = cy - sin * (r + gap) + (sin < -0.2 ? fontSize : sin > 0.2 ? -fontSize / 3 : fontSize / 3);
    const anchor: 'start' | 'middle' | 'end' = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
    const width = textWidth(route.label, fontSize);
    const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
    return {
      ...route,
      end: { x: cx + cos * r, y: cy - sin * r },
      label: { x, y, anchor, text: route.label },
      box: { left, right: left + width, top: y - fontSize, bottom: y + fontSize / 4 },
    };
  });
  const half = r * Math.SQRT1_2;
  const at = (p: { x: number; y: number }) => ({
    x: cx + ((p.x - 5) / 5) * half,
    y: cy - ((p.y - 5) / 5) * half,
  });
  return { routes, at };
}
