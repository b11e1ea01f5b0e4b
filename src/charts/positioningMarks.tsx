import { fitText, layoutLabels, type Box, type LabelBox } from '../views/textFit';
import { PAGE_FONT, useChartFont, type ChartFont } from './chartFont';
import type { MapView, ViewPlayer } from '../views/types';

/** A player's mark on an SVG map, in its kind's colour and shape (the firm's a little larger). */
export function PlayerMark({
  player,
  x,
  y,
  scale = 1,
}: {
  player: ViewPlayer;
  x: number;
  y: number;
  scale?: number;
}) {
  const half = 7 * scale;
  return player.shape === 'diamond' ? (
    <rect
      x={x - half}
      y={y - half}
      width={2 * half}
      height={2 * half}
      fill={player.colour}
      stroke="#fff"
      strokeWidth={2}
      transform={`rotate(45 ${x} ${y})`}
    />
  ) : (
    <circle
      cx={x}
      cy={y}
      r={(player.kind === 'firm' ? 9 : 7) * scale}
      fill={player.colour}
      stroke="#fff"
      strokeWidth={2}
    />
  );
}

/** A name on a chart, haloed in white so that it stays readable over lines and tints. */
export function OutlinedLabel({
  label,
  text,
  font = PAGE_FONT,
}: {
  label: LabelBox;
  text: string;
  font?: ChartFont;
}) {
  return (
    <text
      x={label.x}
      y={label.y}
      textAnchor={label.anchor}
      fontSize={font.label}
      fill="#111827"
      stroke="#fff"
      strokeWidth={3}
      paintOrder="stroke"
    >
      {text}
    </text>
  );
}

/** How far names keep from a mark's centre at the page's size (the firm's mark is 9 px across the radius). */
const MARK_CLEARANCE = 9;

/** The players' marks, then their names placed so that they do not overlap. */
export function PlayerMarks({
  players,
  at,
  right,
  obstacles,
  font = PAGE_FONT,
}: {
  players: readonly ViewPlayer[];
  at: (p: ViewPlayer) => { x: number; y: number };
  right: number;
  /** Other text on the chart that names must not cover. */
  obstacles?: readonly Box[];
  font?: ChartFont;
}) {
  const points = players.map((p) => ({
    ...at(p),
    text: fitText(p.name, font.label, 200 * font.scale),
    r: MARK_CLEARANCE * font.scale,
  }));
  const labels = layoutLabels(points, font.label, right, obstacles);
  return (
    <g>
      {players.map((p, i) => (
        <g key={p.id} data-testid="player-mark">
          <PlayerMark player={p} x={points[i]!.x} y={points[i]!.y} scale={font.scale} />
        </g>
      ))}
      {players.map((p, i) => (
        <OutlinedLabel key={p.id} label={labels[i]!} text={points[i]!.text} font={font} />
      ))}
    </g>
  );
}

/** A key of marks: one entry per kind of player (or group of points), in its colour and shape. */
export function ShapeKey({
  entries,
}: {
  entries: ReadonlyArray<{ label: string; colour: string; shape: 'circle' | 'diamond' }>;
}) {
  const font = useChartFont();
  return (
    <ul className="chart-legend" style={{ fontSize: font.label }}>
      {entries.map((entry) => (
        <li key={entry.label}>
          <span
            className="swatch"
            aria-hidden="true"
            data-shape={entry.shape}
            style={{
              background: entry.colour,
              borderRadius: entry.shape === 'diamond' ? 0 : '50%',
              transform: entry.shape === 'diamond' ? 'rotate(45deg) scale(0.8)' : undefined,
            }}
          />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}

/** The key of a map view: one entry per kind of player it shows. */
export const MapKey = ({ view }: { view: Pick<MapView, 'legend'> }) => <ShapeKey entries={view.legend} />;
