import { clockLayout } from '../../views/clockView';
import type { DeckClock } from './deckModel';
import { addPlayers, addYTitle, PT, type Text } from './mapParts';
import { isCjk } from '../../views/textFit';
import { BODY_BOTTOM, BODY_TOP, boxText, MARGIN, W, type Pptx, type Slide } from './slideFrame';

const ROUTE_PT = 12;
const AXIS_PT = 14;
const NOTE_PT = 11;

/**
 * The strategy clock as shapes a user can move: the key on top, the face, a spoke per route (failure
 * routes dashed, in their colour) with its name outside the rim, the axes' names, and each player with its
 * name placed by the one label rule, clear of the routes' names. Laid out by the same clockLayout as the page.
 */
export function addClock(pres: Pptx, slide: Slide, body: DeckClock) {
  const text: Text = (value, x, y, w, h, extra) => boxText(slide, value, { x, y, w, h }, extra);
  // The face on the left, as tall as the body allows; the key and the note in a column on the right.
  const top = BODY_TOP + 0.35;
  const bottom = BODY_BOTTOM - 0.75;
  const r = (bottom - top) / 2;
  const cx = MARGIN + 2.6 + r;
  const cy = top + r;
  const { routes, at } = clockLayout(body.routes, cx * PT, cy * PT, r * PT, ROUTE_PT);
  const labelsEnd = Math.max(...routes.map((route) => route.box.right / PT));
  const column = { x: labelsEnd + 0.35, w: W - MARGIN - labelsEnd - 0.35 };
  addKey(pres, slide, body.legend, column, text);
  if (body.note)
    text(body.note, column.x, BODY_TOP + 0.4 * body.legend.length + 0.3, column.w, 3, {
      fontSize: NOTE_PT,
      color: '1F2937',
      valign: 'top',
    });
  slide.addShape(pres.ShapeType.ellipse, {
    x: cx - r,
    y: cy - r,
    w: 2 * r,
    h: 2 * r,
    fill: { color: 'F8FAFC' },
    line: { color: '94A3B8', width: 1 },
  });
  for (const route of routes) {
    const colour = route.failure ? body.colours.failure : body.colours.route;
    const dx = route.end.x / PT - cx;
    const dy = route.end.y / PT - cy;
    // A line shape runs from its box's top left to bottom right; flipped, from bottom left to top right.
    slide.addShape(pres.ShapeType.line, {
      x: Math.min(cx, cx + dx),
      y: Math.min(cy, cy + dy),
      w: Math.abs(dx),
      h: Math.abs(dy),
      ...(dx * dy < 0 && { flipV: true }),
      line: { color: colour, width: 1.75, ...(route.failure && { dashType: 'dash' as const }) },
    });
    const w = route.box.right / PT - route.box.left / PT + 0.1;
    text(route.label.text, route.box.left / PT - 0.05, route.box.top / PT - 0.04, w, (ROUTE_PT * 1.4) / PT, {
      fontSize: ROUTE_PT,
      align: route.label.anchor === 'start' ? 'left' : route.label.anchor === 'end' ? 'right' : 'center',
      color: route.failure ? body.colours.failure : '1F2937',
    });
  }
  text(`${body.x.title} →`, cx - 2, cy + r + 0.42, 4, 0.32, {
    fontSize: AXIS_PT,
    align: 'center',
    color: '374151',
  });
  // Set upright down the page, Chinese takes no arrow (it would turn to point down).
  addYTitle(text, isCjk(body.y.title) ? body.y.title : `${body.y.title} →`, MARGIN + 0.2, cy, 3);
  const points = body.players.map((p) => ({ ...at(p), text: p.name }));
  addPlayers(
    pres,
    slide,
    body.players,
    points,
    routes.map((route) => route.box),
    (column.x - 0.1) * PT,
    text,
  );
}

/** The key as a column: one row per kind of player. */
function addKey(
  pres: Pptx,
  slide: Slide,
  legend: DeckClock['legend'],
  column: { x: number; w: number },
  text: Text,
) {
  legend.forEach((entry, i) => {
    const y = BODY_TOP + 0.1 + i * 0.4;
    slide.addShape(entry.shape === 'diamond' ? pres.ShapeType.diamond : pres.ShapeType.ellipse, {
      x: column.x,
      y: y + 0.06,
      w: 0.2,
      h: 0.2,
      fill: { color: entry.colour },
      line: { color: 'FFFFFF', width: 1 },
    });
    text(entry.label, column.x + 0.3, y, column.w - 0.3, 0.32, { fontSize: 14, color: '1F2937' });
  });
}
