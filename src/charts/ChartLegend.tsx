import type { LegendPayload } from 'recharts';
import { useChartFont } from './chartFont';

/**
 * The legend of every chart: a swatch (hidden from screen readers) and the series name. Replaces recharts'
 * default, whose icons carry an English "legend icon" label that a Chinese screen reader would read out.
 */
export function ChartLegend({ payload }: { payload?: readonly LegendPayload[] }) {
  const font = useChartFont();
  return (
    <ul className="chart-legend" style={{ fontSize: font.label }}>
      {(payload ?? []).map((entry) => (
        <li key={String(entry.value)}>
          <span className="swatch" aria-hidden="true" style={{ background: entry.color }} />
          {entry.value}
        </li>
      ))}
    </ul>
  );
}
