import type { LegendPayload } from 'recharts';
import { FONT } from '../views/theme';

/**
 * The legend of every chart: a swatch (hidden from screen readers) and the series name. Replaces recharts'
 * default, whose icons carry an English "legend icon" label that a Chinese screen reader would read out.
 */
export function ChartLegend({ payload }: { payload?: readonly LegendPayload[] }) {
  return (
    <ul className="chart-legend" style={{ fontSize: FONT.label }}>
      {(payload ?? []).map((entry) => (
        <li key={String(entry.value)}>
          <span className="swatch" aria-hidden="true" style={{ background: entry.color }} />
          {entry.value}
        </li>
      ))}
    </ul>
  );
}
