import type { ViewSeries } from './types';

/** A step of a waterfall: a change from the running value, or a total drawn from zero that the steps reach. */
export interface WaterfallStep {
  label: string;
  /** The change (a step) or the value itself (a total). */
  value: number;
  total?: boolean;
}

type Kind = 'rise' | 'fall' | 'total';

export interface WaterfallLook {
  names: Record<Kind, string>;
  colours: Record<Kind, string>;
  /** The text printed in a bar: a step's change with its sign, a total's value. */
  label: (value: number, kind: Kind) => string;
}

/**
 * A waterfall as stacked bars, the way a native chart draws one: each bar floats from where the running value
 * stood to where the step takes it, held up by an unfilled spacer. Values above and below zero stack apart, so
 * a bar that crosses zero is drawn in two parts (the larger carries its label), and each kind of bar has a
 * series above and one below zero; those below have no legend entry of their own.
 */
export function waterfallSeries(
  steps: readonly WaterfallStep[],
  look: WaterfallLook,
): { series: ViewSeries[]; ends: number[] } {
  let running = 0;
  const bars = steps.map((step) => {
    const from = step.total ? 0 : running;
    const to = step.total ? step.value : running + step.value;
    running = to;
    const kind: Kind = step.total ? 'total' : step.value < 0 ? 'fall' : 'rise';
    const low = Math.min(from, to);
    const high = Math.max(from, to);
    return {
      kind,
      value: step.value,
      to,
      low,
      high,
      up: Math.max(high, 0) - Math.max(low, 0),
      down: Math.min(low, 0) - Math.min(high, 0),
    };
  });
  const kinds: Kind[] = ['rise', 'fall', 'total'];
  const part = (kind: Kind, side: 'up' | 'down'): ViewSeries => {
    const values = bars.map((b) => {
      const v = b.kind !== kind ? 0 : side === 'up' ? b.up : b.down;
      return v === 0 ? null : v;
    });
    return {
      id: side === 'up' ? kind : `${kind}Below`,
      name: look.names[kind],
      colour: look.colours[kind],
      values,
      ...(side === 'down' && { legend: false as const }),
      pointLabels: bars.map((b, i) => {
        if (values[i] === null) return null;
        const labelledHere = side === 'up' ? b.up >= -b.down : -b.down > b.up;
        return labelledHere ? look.label(b.value, kind) : null;
      }),
    };
  };
  return {
    series: [
      {
        id: 'spacer',
        name: '',
        colour: '#FFFFFF',
        values: bars.map((b) => (b.low > 0 ? b.low : null)),
        hidden: true,
      },
      {
        id: 'spacerBelow',
        name: '',
        colour: '#FFFFFF',
        values: bars.map((b) => (b.high < 0 ? b.high : null)),
        hidden: true,
      },
      ...kinds.map((k) => part(k, 'up')),
      ...kinds.map((k) => part(k, 'down')),
    ],
    ends: bars.map((b) => b.to),
  };
}
