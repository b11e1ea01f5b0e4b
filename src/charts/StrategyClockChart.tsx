import { memo } from 'react';
import { clockLayout } from '../views/clockView';
import { SvgYTitle } from './SvgYTitle';
import { FONT } from '../views/theme';
import type { ClockView } from '../views/types';
import { PlayerMarks } from './positioningMarks';

const R = 240;
const CX = 400;
const CY = 300;
const WIDTH = 890;
const HEIGHT = 640;

/** Bowman's strategy clock drawn from its view: the routes as spokes (failure routes dashed), players placed. */
export const StrategyClockChart = memo(function StrategyClockChart({ view }: { view: ClockView }) {
  const { routes, at } = clockLayout(view.routes, CX, CY, R, FONT.label);
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      style={{ maxWidth: WIDTH, fontFamily: FONT.family }}
      aria-hidden="true"
      data-testid="strategy-clock"
    >
      <circle cx={CX} cy={CY} r={R} fill="#f8fafc" stroke="#94a3b8" />
      {routes.map((route) => {
        const colour = route.failure ? view.colours.failure : view.colours.route;
        return (
          <g key={route.id}>
            <line
              x1={CX}
              y1={CY}
              x2={route.end.x}
              y2={route.end.y}
              stroke={colour}
              strokeWidth={2}
              strokeDasharray={route.failure ? '6 5' : undefined}
            />
            <text
              x={route.label.x}
              y={route.label.y}
              fontSize={FONT.label}
              textAnchor={route.label.anchor}
              fill={route.failure ? view.colours.failure : '#1f2937'}
            >
              {route.label.text}
            </text>
          </g>
        );
      })}
      <text x={CX} y={HEIGHT - 14} fontSize={FONT.axisLabel} textAnchor="middle" fill="#374151">
        {view.x.title} →
      </text>
      <SvgYTitle title={view.y.title} x={16} y={CY} arrow />
      <PlayerMarks players={view.players} at={at} right={WIDTH - 4} obstacles={routes.map((r) => r.box)} />
    </svg>
  );
});
