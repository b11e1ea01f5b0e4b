import { fitText, layoutLabels, type Box, type LabelBox } from '../views/textFit';
import { FONT } from '../views/theme';
import type { MapView, ViewPlayer } from '../views/types';

/** A player's mark on an SVG map, in its kind's colour and shape (the firm's a little larger). */
export function PlayerMark({ player, x, y }: { player: ViewPlayer; x: number; y: number }) {
  return player.shape === 'diamond' ? (
    <rect
      x={x - 7}
      y={y - 7}
      width={14}
      height={14}
      fill={player.colour}
      stroke="#fff"
      strokeWidth={2}
      transform={`rotate(45 ${x} ${y})`}
    />
  ) : (
    <circle
      cx={x}
      cy={y}
      r={player.kind === 'firm' ? 9 : 7}
      fill={player.colour}
      stroke="#fff"
      strokeWidth={2}
    />
  );
}

/** A name on a chart, haloed in white so that it stays readable over lines and tints. */
export function OutlinedLabel({ label, text }: { label: LabelBox; text: string }) {
  return (
    <text
      x={label.x}
      y={label.y}
      textAnchor={label.anchor}
      fontSize={FONT.label}
      fill="#111827"
      stroke="#fff"
      strokeWidth={3}
      paintOrder="stroke"
    >
      {text}
    </text>
  );
}

/** The players' marks, then their names placed so that they do not overlap. */
export function PlayerMarks({
  players,
  at,
  right,
  obstacles,
}: {
  players: readonly ViewPlayer[];
  at: (p: ViewPlayer) => { x: number; y: number };
  right: number;
  /** Other text on the chart that names must not cover. */
  obstacles?: readonly Box[];
}) {
  const points = players.map((p) => ({ ...at(p), text: fitText(p.name, FONT.label, 200) }));
  const labels = layoutLabels(points, FONT.label, right, obstacles);
  return (
    <g>
      {players.map((p, i) => (
        <g key={p.id} data-testid="player-mark">
          <PlayerMark player={p} x={points[i]!.x} y={points[i]!.y} />
        </g>
      ))}
      {players.map((p, i) => (
        <OutlinedLabel key={p.id} label={labels[i]!} text={points[i]!.text} />
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
  return (
    <ul className="chart-legend" style={{ fontSize: FONT.label }}>
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
