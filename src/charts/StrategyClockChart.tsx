import { CLOCK_ROUTES, isFailureRoute } from '../domain/strategy/positioning';
import { PlayerMarks, type PlacedPlayer } from './positioningMarks';
import { textWidth } from '../views/textFit';
import { FONT, PALETTE } from '../views/theme';

interface Props {
  players: PlacedPlayer[];
  routeLabel: (route: string) => string;
  xLabel: string;
  yLabel: string;
}

const R = 240;
const CX = 400;
const CY = 300;
const WIDTH = 890;
const HEIGHT = 640;
/** Route n points from the centre at these angles (degrees, 0 = right, counter-clockwise): 1 bottom left … */
const ANGLES = [225, 180, 135, 90, 45, 0, 315, 270];

/**
 * Bowman's strategy clock: price on x, perceived added value on y (0–10 each, 5 at the centre), the eight
 * routes as spokes (failure routes dashed), players placed by their ratings.
 */
export function StrategyClockChart({ players, routeLabel, xLabel, yLabel }: Props) {
  // The 0–10 square is drawn inside the clock face (its corners on the rim), so every player is on the face.
  const x = (price: number) => CX + ((price - 5) / 5) * R * Math.SQRT1_2;
  const y = (value: number) => CY - ((value - 5) / 5) * R * Math.SQRT1_2;
  const routes = CLOCK_ROUTES.map((route, i) => {
    const a = (ANGLES[i]! * Math.PI) / 180;
    const lx = CX + Math.cos(a) * (R + 14);
    const ly = CY - Math.sin(a) * (R + 14) + (Math.sin(a) < -0.2 ? 14 : Math.sin(a) > 0.2 ? -4 : 5);
    const anchor: 'start' | 'middle' | 'end' =
      Math.abs(Math.cos(a)) < 0.2 ? 'middle' : Math.cos(a) > 0 ? 'start' : 'end';
    const label = routeLabel(route);
    const width = textWidth(label, FONT.label);
    const left = anchor === 'start' ? lx : anchor === 'end' ? lx - width : lx - width / 2;
    return {
      route,
      a,
      lx,
      ly,
      anchor,
      label,
      box: { left, right: left + width, top: ly - FONT.label, bottom: ly + 3 },
    };
  });
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      style={{ maxWidth: WIDTH, fontFamily: FONT.family }}
      aria-hidden="true"
      data-testid="strategy-clock"
    >
      <circle cx={CX} cy={CY} r={R} fill="#f8fafc" stroke="#94a3b8" />
      {routes.map(({ route, a, lx, ly, anchor, label }) => {
        const failure = isFailureRoute(route);
        return (
          <g key={route}>
            <line
              x1={CX}
              y1={CY}
              x2={CX + Math.cos(a) * R}
              y2={CY - Math.sin(a) * R}
              stroke={failure ? PALETTE.vermillion : '#64748b'}
              strokeWidth={2}
              strokeDasharray={failure ? '6 5' : undefined}
            />
            <text
              x={lx}
              y={ly}
              fontSize={FONT.label}
              textAnchor={anchor}
              fill={failure ? PALETTE.vermillion : '#1f2937'}
            >
              {label}
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
      <PlayerMarks
        players={players}
        at={(p) => ({ x: x(p.price), y: y(p.quality) })}
        right={WIDTH - 4}
        obstacles={routes.map((r) => r.box)}
      />
    </svg>
  );
}
