import type { MapView } from '../../views/types';
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
        })),
      },
      levels: view.levels,
      players: view.players.map((p) => ({
        name: p.name,
        x: p.x,
        y: p.y,
        colour: hex(p.colour),
        shape: p.shape,
        large: p.kind === 'firm',
      })),
      legend: view.legend.map((l) => ({ label: l.label, colour: hex(l.colour), shape: l.shape })),
      note: view.summary,
    },
  };
}
