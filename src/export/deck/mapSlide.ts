import type { ClockView, MapView, PointsView, ViewPlayer } from '../../views/types';
import type { DeckSlide } from './deckModel';
import { slideHead } from './slideFrame';
import { hex } from './deckPalette';

/** A map view as a slide of shapes: the tinted cells, each player in its kind's colour and shape, a key. */
export function mapSlide(view: MapView): DeckSlide {
  return {
    ...slideHead(view),
    body: {
      kind: 'map',
      x: { title: view.x.title, min: view.x.min, max: view.x.max },
      y: { title: view.y.title, min: view.y.min, max: view.y.max },
      cells: {
        rows: view.cells.rows,
        cols: view.cells.cols,
        items: view.cells.items.map((c) => ({
          label: c.label,
          fill: hex(c.fill),
          ...(c.active && { active: true }),
          ...(c.note && { note: c.note }),
        })),
      },
      levels: view.levels,
      players: view.players.map(deckPlayer),
      legend: view.legend.map((l) => ({ label: l.label, colour: hex(l.colour), shape: l.shape })),
      note: view.summary,
    },
  };
}

/** Bubbles from their smallest to their largest size, by area as on screen (inches across). */
const BUBBLE = { min: 0.18, max: 0.55 };

/** A points view as a slide of shapes: grid lines at its ticks, a mark or bubble per point, a key. */
export function pointsSlide(view: PointsView): DeckSlide {
  const diameter = (size: number | undefined) => {
    if (!view.sizes || size === undefined) return undefined;
    const share = Math.max(0, Math.min(1, (size - view.sizes.min) / (view.sizes.max - view.sizes.min || 1)));
    return Math.sqrt(BUBBLE.min ** 2 + share * (BUBBLE.max ** 2 - BUBBLE.min ** 2));
  };
  const axis = (a: PointsView['x']) => ({
    title: a.title,
    min: a.min,
    max: a.max,
    ticks: a.ticks.map((at) => ({ at, label: a.format(at) })),
  });
  return {
    ...slideHead(view),
    body: {
      kind: 'map',
      x: axis(view.x),
      y: axis(view.y),
      players: view.groups.flatMap((g) =>
        g.points.map((p) => ({
          name: p.label,
          x: p.x,
          y: p.y,
          colour: hex(g.colour),
          shape: g.shape,
          large: false,
          ...(diameter(p.size) !== undefined && { size: diameter(p.size) }),
        })),
      ),
      ...(view.labels === 'inside' && { inside: true }),
      ...(view.diagonal && { diagonal: view.diagonal }),
      legend: view.groups.map((g) => ({ label: g.name, colour: hex(g.colour), shape: g.shape })),
      note: view.summary,
    },
  };
}

const deckPlayer = (p: ViewPlayer) => ({
  name: p.name,
  x: p.x,
  y: p.y,
  colour: hex(p.colour),
  shape: p.shape,
  large: p.kind === 'firm',
});

/** The strategy clock as a slide of shapes a user can move, laid out as on the page. */
export function clockSlide(view: ClockView): DeckSlide {
  return {
    ...slideHead(view),
    body: {
      kind: 'clock',
      x: { title: view.x.title },
      y: { title: view.y.title },
      routes: view.routes.map((r) => ({ label: r.label, angle: r.angle, failure: r.failure })),
      colours: { route: hex(view.colours.route), failure: hex(view.colours.failure) },
      players: view.players.map(deckPlayer),
      legend: view.legend.map((l) => ({ label: l.label, colour: hex(l.colour), shape: l.shape })),
      note: view.summary,
    },
  };
}
