import { XAxis, YAxis } from 'recharts';
import { FONT } from '../views/theme';

/** Ticks at whole multiples of a round step (1, 2, 5, 10 … %) inside [min, max]. */
export function niceTicks(min: number, max: number): number[] {
  const span = max - min;
  const step = [1, 2, 5, 10, 20].find((s) => span / s <= 8) ?? 25;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + 1e-9; v += step)
    ticks.push(Math.round(v * 100) / 100);
  return ticks;
}

/**
 * The service-level axis shared by the service-cost charts: `sl` in percent, round ticks, a label.
 * Returned as an element (not a component) because recharts finds its axes by element type.
 */
export function serviceLevelXAxis(label: string, values: readonly number[]) {
  const ticks = values.length > 0 ? niceTicks(Math.min(...values), Math.max(...values)) : undefined;
  return (
    <XAxis
      type="number"
      dataKey="sl"
      domain={['dataMin', 'dataMax']}
      ticks={ticks}
      tick={{ fontSize: FONT.tick }}
      tickFormatter={(v: number) => `${v.toFixed(0)}%`}
      label={{ value: label, position: 'insideBottom', offset: -16, fontSize: FONT.axisLabel }}
    />
  );
}

/** A money axis on the left, with its label. */
export function moneyYAxis(label: string, format: (v: number) => string) {
  return (
    <YAxis
      tick={{ fontSize: FONT.tick }}
      tickFormatter={format}
      width={90}
      label={{ value: label, angle: -90, position: 'insideLeft', fontSize: FONT.axisLabel, dy: 60, dx: -8 }}
    />
  );
}
