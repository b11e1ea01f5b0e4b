import { fitText } from './textFit';
import { FONT, PALETTE } from './theme';

export interface TornadoRow {
  label: string;
  /** Today's weight. */
  weight: number;
  /** The range of the weight that keeps the leader; null ends run to the axis ends. */
  lower: number | null;
  upper: number | null;
}

interface Props {
  rows: TornadoRow[];
  /** The largest weight on the axis (1 for weights summing to 1 or 2). */
  max: number;
  axisLabel: string;
  format: (v: number) => string;
}

const ROW = 34;
const LEFT = 260;
const RIGHT = 40;
const WIDTH = 900;
const TOP = 12;
const BOTTOM = 56;

/**
 * A tornado of the weight ranges over which the leader stays first, one bar per key factor (most sensitive
 * first), today's weight marked. Drawn as SVG so that it scales to a slide and its text stays text.
 */
export function TornadoChart({ rows, max, axisLabel, format }: Props) {
  const height = TOP + rows.length * ROW + BOTTOM;
  const x = (v: number) => LEFT + (Math.min(Math.max(v, 0), max) / max) * (WIDTH - LEFT - RIGHT);
  const step = max > 0.5 ? 0.1 : 0.05;
  const ticks = Array.from(
    { length: Math.floor(max / step + 1e-9) + 1 },
    (_, i) => Math.round(i * step * 100) / 100,
  );
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      style={{ fontFamily: FONT.family, maxWidth: WIDTH }}
      data-testid="tornado"
      aria-hidden="true"
    >
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={TOP} y2={TOP + rows.length * ROW} stroke="#e5e7eb" />
          <text
            x={x(tick)}
            y={TOP + rows.length * ROW + 20}
            fontSize={FONT.tick}
            textAnchor="middle"
            fill="#374151"
          >
            {format(tick)}
          </text>
        </g>
      ))}
      {rows.map((row, i) => {
        const y = TOP + i * ROW;
        const from = x(row.lower ?? 0);
        const to = x(row.upper ?? max);
        return (
          <g key={`${row.label}-${i}`} data-testid="tornado-row">
            <text x={LEFT - 10} y={y + ROW / 2 + 5} fontSize={FONT.label} textAnchor="end" fill="#111827">
              {fitText(row.label, FONT.label, LEFT - 16)}
            </text>
            <rect
              x={from}
              y={y + 7}
              width={Math.max(1, to - from)}
              height={ROW - 14}
              fill={PALETTE.sky}
              rx={3}
            />
            {row.lower !== null && (
              <line
                x1={from}
                x2={from}
                y1={y + 3}
                y2={y + ROW - 3}
                stroke={PALETTE.vermillion}
                strokeWidth={3}
              />
            )}
            {row.upper !== null && (
              <line x1={to} x2={to} y1={y + 3} y2={y + ROW - 3} stroke={PALETTE.vermillion} strokeWidth={3} />
            )}
            <circle
              cx={x(row.weight)}
              cy={y + ROW / 2}
              r={6}
              fill={PALETTE.black}
              stroke="#fff"
              strokeWidth={2}
            />
          </g>
        );
      })}
      <text
        x={(LEFT + WIDTH - RIGHT) / 2}
        y={height - 8}
        fontSize={FONT.axisLabel}
        textAnchor="middle"
        fill="#374151"
      >
        {axisLabel}
      </text>
    </svg>
  );
}
