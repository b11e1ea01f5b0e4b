import { memo } from 'react';
import type { TornadoView } from '../views/types';
import { fitText } from '../views/textFit';
import { FONT } from '../views/theme';

const ROW = 34;
const LEFT = 260;
const RIGHT = 40;
const WIDTH = 900;
const TOP = 12;
const BOTTOM = 56;
const AXIS_TEXT = '#374151';

/** The legend: what the bar, the ticks at its ends and the dot mean. */
function TornadoLegend({ view }: { view: TornadoView }) {
  return (
    <ul className="chart-legend" style={{ fontSize: FONT.label }}>
      <li>
        <span className="swatch" aria-hidden="true" style={{ background: view.colours.range }} />
        {view.legend.range}
      </li>
      <li>
        <span className="swatch tick" aria-hidden="true" style={{ background: view.colours.flip }} />
        {view.legend.flip}
      </li>
      <li>
        <span className="swatch dot" aria-hidden="true" style={{ background: view.colours.today }} />
        {view.legend.today}
      </li>
    </ul>
  );
}

/**
 * A tornado of the weight ranges over which the leader stays first, one bar per key factor (most sensitive
 * first), today's weight marked. Drawn as SVG so that it scales to a slide and its text stays text.
 */
export const TornadoChart = memo(function TornadoChart({ view }: { view: TornadoView }) {
  const { rows, x: axis, colours } = view;
  const height = TOP + rows.length * ROW + BOTTOM;
  const x = (v: number) =>
    LEFT +
    ((Math.min(Math.max(v, axis.min), axis.max) - axis.min) / (axis.max - axis.min)) * (WIDTH - LEFT - RIGHT);
  return (
    <div>
      <TornadoLegend view={view} />
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        style={{ fontFamily: FONT.family, maxWidth: WIDTH }}
        data-testid="tornado"
        aria-hidden="true"
      >
        {axis.ticks.map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={TOP} y2={TOP + rows.length * ROW} stroke="#e5e7eb" />
            <text
              x={x(tick)}
              y={TOP + rows.length * ROW + 20}
              fontSize={FONT.tick}
              textAnchor="middle"
              fill={AXIS_TEXT}
            >
              {axis.format(tick)}
            </text>
          </g>
        ))}
        {rows.map((row, i) => {
          const y = TOP + i * ROW;
          const from = x(row.lower ?? axis.min);
          const to = x(row.upper ?? axis.max);
          return (
            <g key={row.id} data-testid="tornado-row">
              <text x={LEFT - 10} y={y + ROW / 2 + 5} fontSize={FONT.label} textAnchor="end" fill="#111827">
                {fitText(row.label, FONT.label, LEFT - 16)}
              </text>
              <rect
                x={from}
                y={y + 7}
                width={Math.max(1, to - from)}
                height={ROW - 14}
                fill={colours.range}
                rx={3}
              />
              {row.lower !== null && (
                <line x1={from} x2={from} y1={y + 3} y2={y + ROW - 3} stroke={colours.flip} strokeWidth={3} />
              )}
              {row.upper !== null && (
                <line x1={to} x2={to} y1={y + 3} y2={y + ROW - 3} stroke={colours.flip} strokeWidth={3} />
              )}
              <circle
                cx={x(row.value)}
                cy={y + ROW / 2}
                r={6}
                fill={colours.today}
                stroke="#fff"
                strokeWidth={2}
                data-testid="tornado-today"
              />
            </g>
          );
        })}
        <text
          x={(LEFT + WIDTH - RIGHT) / 2}
          y={height - 8}
          fontSize={FONT.axisLabel}
          textAnchor="middle"
          fill={AXIS_TEXT}
        >
          {axis.title}
        </text>
      </svg>
    </div>
  );
});
