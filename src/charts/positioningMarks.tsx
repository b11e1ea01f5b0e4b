import { FONT, PALETTE } from './theme';

export type PlayerKind = 'firm' | 'alternative' | 'competitor';

export interface PlacedPlayer {
  id: string;
  name: string;
  kind: PlayerKind;
  /** 0–10 each. */
  price: number;
  quality: number;
  /** Market share in %, when known. */
  share: number | null;
}

/** One colour per kind of player, the same on every positioning chart. */
export const PLAYER_COLOURS: Record<PlayerKind, string> = {
  firm: PALETTE.black,
  alternative: PALETTE.blue,
  competitor: PALETTE.orange,
};

/** A player's mark on an SVG map: circle (firm, competitor) or diamond (alternative), with its name. */
export function PlayerMark({ player, x, y }: { player: PlacedPlayer; x: number; y: number }) {
  const colour = PLAYER_COLOURS[player.kind];
  return (
    <g data-testid="player-mark">
      {player.kind === 'alternative' ? (
        <rect
          x={x - 7}
          y={y - 7}
          width={14}
          height={14}
          fill={colour}
          stroke="#fff"
          strokeWidth={2}
          transform={`rotate(45 ${x} ${y})`}
        />
      ) : (
        <circle
          cx={x}
          cy={y}
          r={player.kind === 'firm' ? 9 : 7}
          fill={colour}
          stroke="#fff"
          strokeWidth={2}
        />
      )}
      <text
        x={x + 12}
        y={y + 5}
        fontSize={FONT.label}
        fill="#111827"
        stroke="#fff"
        strokeWidth={3}
        paintOrder="stroke"
      >
        {player.name.length > 28 ? `${player.name.slice(0, 27)}…` : player.name}
      </text>
    </g>
  );
}

/** The key to the marks, as HTML beside the chart. */
export function PlayerKey({ labels }: { labels: Record<PlayerKind, string> }) {
  return (
    <ul className="chart-legend" style={{ fontSize: FONT.label }}>
      {(Object.keys(labels) as PlayerKind[]).map((kind) => (
        <li key={kind}>
          <span
            className="swatch"
            aria-hidden="true"
            style={{
              background: PLAYER_COLOURS[kind],
              borderRadius: kind === 'alternative' ? 0 : '50%',
              transform: kind === 'alternative' ? 'rotate(45deg) scale(0.8)' : undefined,
            }}
          />
          {labels[kind]}
        </li>
      ))}
    </ul>
  );
}
