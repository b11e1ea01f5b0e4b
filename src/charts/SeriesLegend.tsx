import type { ViewSeries } from '../views/types';
import { useChartFont } from './chartFont';

/**
 * A view's legend as HTML above its chart: it wraps onto as many lines as it needs without taking height
 * from the plot (a legend inside recharts shrinks the plot and can run into the axis title). With `lines`,
 * a dashed series gets a dashed swatch.
 */
export function SeriesLegend({ series, lines = false }: { series: readonly ViewSeries[]; lines?: boolean }) {
  const font = useChartFont();
  // A waterfall's spacers and the parts below zero of a series already listed have no entry of their own.
  const listed = series.filter((s) => !s.hidden && s.legend !== false);
  if (listed.length < 2) return null;
  return (
    <ul className="chart-legend" style={{ fontSize: font.label }}>
      {listed.map((s) => (
        <li key={s.id}>
          <span
            className={lines && s.dash ? 'swatch dash' : 'swatch'}
            aria-hidden="true"
            style={{ background: s.colour }}
          />
          {s.name}
        </li>
      ))}
    </ul>
  );
}
