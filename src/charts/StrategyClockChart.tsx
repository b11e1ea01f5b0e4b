import { CLOCK_ROUTES, isFailureRoute } from '../domain/strategy/positioning';
import { PlayerMark, type PlacedPlayer } from './positioningMarks';
import { FONT, PALETTE } from './theme';

interface Props {
  players: PlacedPlayer[];
  routeLabel: (route: string) => string;
  xLabel: string;
  yLabel: string;
}

const R = 250;
const CX = 330;
const CY = 300;
const WIDTH = 680;
const HEIGHT = 640;
/** Route n points from the centre at these angles (degrees, 0 = right, counter-clockwise): 1 bottom left … */
const ANGLES = [225, 180, 135, 90, 45, 0, 315, 270];

/**
 * Bowman's strategy clock: price on x, perceived added value on y (0–10 each, 5 at the centre), the eight
 * routes as spokes (failure routes dashed), players placed by their ratings.
 */
export function StrategyClockChart({ players, routeLabel, xLabel, yLabel }: Props) {
  const x = (price: number) => CX + ((price - 5) / 5) * R;
  const y = (value: number) => CY - ((value - 5) / 5) * R;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      style={{ maxWidth: WIDTH, fontFamily: FONT.family }}
      aria-hidden="true"
      data-testid="strategy-clock"
    >
      <circle cx={CX} cy={CY} r={R} fill="#f8fafc" stroke="#94a3b8" />
      {CLOCK_ROUTES.map((route, i) => {
        const a = (ANGLES[i]! * Math.PI) / 180;
        const ex = CX + Math.cos(a) * R;
        const ey = CY - Math.sin(a) * R;
        const lx = CX + Math.cos(a) * (R + 14);
        const ly = CY - Math.sin(a) * (R + 14);
        const anchor = Math.abs(Math.cos(a)) < 0.2 ? 'middle' : Math.cos(a) > 0 ? 'start' : 'end';
        const failure = isFailureRoute(route);
        return (
          <g key={route}>
            <line
              x1={CX}
              y1={CY}
              x2={ex}
              y2={ey}
              stroke={failure ? PALETTE.vermillion : '#64748b'}
              strokeWidth={2}
              strokeDasharray={failure ? '6 5' : undefined}
            />
            <text
              x={lx}
              y={ly + (Math.sin(a) < -0.2 ? 14 : Math.sin(a) > 0.2 ? -4 : 5)}
              fontSize={FONT.label}
              textAnchor={anchor}
              fill={failure ? PALETTE.vermillion : '#1f2937'}
            >
              {routeLabel(route)}
            </text>
          </g>
        );
      })}
      <text x={CX} y={HEIGHT - 14} fontSize={FONT.axisLabel} textAnchor="middle" fill="#374151">
        {xLabel} →
      </text>
      <text
        x={16}
        y={CY}
        fontSize={FONT.axisLabel}
        textAnchor="middle"
        fill="#374151"
        transform={`rotate(-90 16 ${CY})`}
      >
        {yLabel} →
      </text>
      {players.map((p) => (
        <PlayerMark key={p.id} player={p} x={x(p.price)} y={y(p.quality)} />
      ))}
    </svg>
  );
}
