import type { TornadoView } from '../../views/types';
import type { DeckSlide } from './deckModel';
import { slideHead } from './slideFrame';
import { hex, round } from './deckPalette';

/**
 * A tornado view as editable PowerPoint shapes: a bar per factor for the range that keeps the leader, a tick
 * at each end where the leader changes, today's weight as a dot, the axis ticks and a legend.
 */
export function tornadoSlide(view: TornadoView): DeckSlide {
  return {
    ...slideHead(view),
    body: {
      kind: 'tornado',
      axis: {
        title: view.x.title,
        min: view.x.min,
        max: view.x.max,
        ticks: view.x.ticks.map((v) => ({ at: v, label: view.x.format(v) })),
      },
      rows: view.rows.map((r) => ({
        label: r.label,
        value: round(r.value, 4),
        lower: r.lower === null ? null : round(r.lower, 4),
        upper: r.upper === null ? null : round(r.upper, 4),
      })),
      colours: {
        range: hex(view.colours.range),
        flip: hex(view.colours.flip),
        today: hex(view.colours.today),
      },
      legend: view.legend,
    },
  };
}
