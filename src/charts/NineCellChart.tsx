import { memo } from 'react';
import type { MapView } from '../views/types';
import { SvgYTitle } from './SvgYTitle';
import { textWidth, type Box } from '../views/textFit';
import { FONT } from '../views/theme';
import { PlayerMarks } from './positioningMarks';
import { useStageWidth } from './chartSize';

const SIZE = 600;
const LEFT = 110;
const TOP = 10;
const BOTTOM = 80;
const ON_SCREEN = LEFT + SIZE + 20;
const HEIGHT = TOP + SIZE + BOTTOM;
const AXIS_TEXT = '#374151';
const CELL_TITLE = FONT.label + 2;

/** Kotler's nine price–quality strategies drawn from a map view: the tinted cells, the players placed. */
export const NineCellChart = memo(function NineCellChart({ view }: { view: MapView }) {
  const { rows, cols, items } = view.cells;
  const WIDTH = useStageWidth(HEIGHT, ON_SCREEN);
  const plotW = WIDTH - LEFT - 20;
  const cellW = plotW / cols;
  const cellH = SIZE / rows;
  const x = (v: number) => LEFT + ((v - view.x.min) / (view.x.max - view.x.min)) * plotW;
  const y = (v: number) => TOP + SIZE - ((v - view.y.min) / (view.y.max - view.y.min)) * SIZE;
  // Player names keep clear of the cells' titles as well as of each other.
  const titles: Box[] = items.map((cell, i) => {
    const cx = LEFT + (i % cols) * cellW + cellW / 2;
    const w = textWidth(cell.label, CELL_TITLE) * 1.05;
    const top = TOP + Math.floor(i / cols) * cellH + 26 - CELL_TITLE;
    return { left: cx - w / 2, right: cx + w / 2, top, bottom: top + CELL_TITLE + 4 };
  });
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      style={{ maxWidth: WIDTH, fontFamily: FONT.family }}
      aria-hidden="true"
      data-testid="nine-cell"
    >
      {items.map((cell, i) => (
        <g key={i}>
          <rect
            x={LEFT + (i % cols) * cellW}
            y={TOP + Math.floor(i / cols) * cellH}
            width={cellW}
            height={cellH}
            fill={cell.fill}
            stroke="#94a3b8"
          />
          <text
            x={LEFT + (i % cols) * cellW + cellW / 2}
            y={TOP + Math.floor(i / cols) * cellH + 26}
            fontSize={CELL_TITLE}
            fontWeight={600}
            textAnchor="middle"
            fill="#334155"
          >
            {cell.label}
          </text>
        </g>
      ))}
      {view.levels.x.map((level, i) => (
        <g key={i}>
          <text
            x={LEFT + i * cellW + cellW / 2}
            y={TOP + SIZE + 24}
            fontSize={FONT.tick}
            textAnchor="middle"
            fill={AXIS_TEXT}
          >
            {level}
          </text>
          <text
            x={LEFT - 12}
            y={TOP + SIZE - i * cellH - cellH / 2 + 5}
            fontSize={FONT.tick}
            textAnchor="end"
            fill={AXIS_TEXT}
          >
            {view.levels.y[i]}
          </text>
        </g>
      ))}
      <text
        x={LEFT + plotW / 2}
        y={HEIGHT - 16}
        fontSize={FONT.axisLabel}
        textAnchor="middle"
        fill={AXIS_TEXT}
      >
        {view.x.title}
      </text>
      <SvgYTitle title={view.y.title} x={20} y={TOP + SIZE / 2} fill={AXIS_TEXT} />
      <PlayerMarks
        players={view.players}
        at={(p) => ({ x: x(p.x), y: y(p.y) })}
        right={WIDTH - 4}
        obstacles={titles}
      />
    </svg>
  );
});
