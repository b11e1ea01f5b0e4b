import { memo } from 'react';
import type { MapView } from '../views/types';
import { SvgYTitle } from './SvgYTitle';
import { textWidth, type Box } from '../views/textFit';
import { useChartFont } from './chartFont';
import { PlayerMarks } from './positioningMarks';
import { useStageWidth } from './chartSize';

const SIZE = 600;
const PAGE_LEFT = 110;
const TOP = 10;
const BOTTOM = 80;
const ON_SCREEN = PAGE_LEFT + SIZE + 20;
const HEIGHT = TOP + SIZE + BOTTOM;
const AXIS_TEXT = '#374151';

/** Kotler's nine price–quality strategies drawn from a map view: the tinted cells, the players placed. */
export const NineCellChart = memo(function NineCellChart({ view }: { view: MapView }) {
  const { rows, cols, items } = view.cells;
  const WIDTH = useStageWidth(HEIGHT, ON_SCREEN);
  const font = useChartFont({ width: WIDTH, height: HEIGHT });
  const k = font.scale;
  const CELL_TITLE = font.label + 2;
  // Larger type takes more of the margins: the levels' names (High, Medium) on the left, the price below.
  const LEFT = PAGE_LEFT * k;
  const SIZE_Y = SIZE - (k - 1) * 40;
  const plotW = WIDTH - LEFT - 20;
  const cellW = plotW / cols;
  const cellH = SIZE_Y / rows;
  const x = (v: number) => LEFT + ((v - view.x.min) / (view.x.max - view.x.min)) * plotW;
  const y = (v: number) => TOP + SIZE_Y - ((v - view.y.min) / (view.y.max - view.y.min)) * SIZE_Y;
  // Player names keep clear of the cells' titles as well as of each other.
  const titles: Box[] = items.map((cell, i) => {
    const cx = LEFT + (i % cols) * cellW + cellW / 2;
    const w = textWidth(cell.label, CELL_TITLE) * 1.05;
    const top = TOP + Math.floor(i / cols) * cellH + 12;
    return { left: cx - w / 2, right: cx + w / 2, top, bottom: top + CELL_TITLE + 4 };
  });
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      style={{ maxWidth: WIDTH, fontFamily: font.family }}
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
            y={TOP + Math.floor(i / cols) * cellH + 12 + CELL_TITLE}
            fontSize={CELL_TITLE}
            fontWeight={600}
            textAnchor="middle"
            fill="#334155"
          >
            {cell.label}
          </text>
          {cell.note && (
            <text
              x={LEFT + (i % cols) * cellW + cellW / 2}
              y={TOP + Math.floor(i / cols) * cellH + 18 + CELL_TITLE + font.tick}
              fontSize={font.tick}
              textAnchor="middle"
              fill="#334155"
            >
              {cell.note}
            </text>
          )}
        </g>
      ))}
      {view.levels.x.map((level, i) => (
        <g key={i}>
          <text
            x={LEFT + i * cellW + cellW / 2}
            y={TOP + SIZE_Y + 10 + font.tick}
            fontSize={font.tick}
            textAnchor="middle"
            fill={AXIS_TEXT}
          >
            {level}
          </text>
          <text
            x={LEFT - 12}
            y={TOP + SIZE_Y - i * cellH - cellH / 2 + font.tick / 3}
            fontSize={font.tick}
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
        fontSize={font.axisLabel}
        textAnchor="middle"
        fill={AXIS_TEXT}
      >
        {view.x.title}
      </text>
      <SvgYTitle title={view.y.title} x={20 * k} y={TOP + SIZE_Y / 2} fill={AXIS_TEXT} font={font} />
      <PlayerMarks
        players={view.players}
        at={(p) => ({ x: x(p.x), y: y(p.y) })}
        right={WIDTH - 4}
        obstacles={titles}
        font={font}
      />
    </svg>
  );
});
