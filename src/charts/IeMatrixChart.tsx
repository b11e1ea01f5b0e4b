import { memo } from 'react';
import { FONT, PALETTE } from '../views/theme';
import { useChartFont } from './chartFont';
import { SvgYTitle } from './SvgYTitle';
import { useStageWidth } from './chartSize';
import type { MapView } from '../views/types';

const ON_SCREEN = 640;
const H = 520;
const MARGIN = { left: 84, right: 24, top: 24, bottom: 104 };

/** David's internal–external matrix: nine cells I–IX, coloured by prescription, with the firm placed. */
export const IeMatrixChart = memo(function IeMatrixChart({ view }: { view: MapView }) {
  const firm = view.players[0];
  const W = useStageWidth(H, ON_SCREEN);
  const font = useChartFont({ width: W, height: H });
  const k = font.scale;
  // Larger text on the projector takes more of the margins: below by what the ticks, title and key grew.
  const grown = font.tick + font.axisLabel + font.label - (FONT.tick + FONT.axisLabel + FONT.label);
  const M = { left: MARGIN.left * k, right: MARGIN.right, top: MARGIN.top, bottom: MARGIN.bottom + grown };
  const plotH = H - M.top - M.bottom;
  /** EFE from 1 at the bottom to 4 at the top (the view's axis). */
  const y = (efe: number) => M.top + ((4 - efe) / 3) * plotH;
  // Band edges at 3.0 and 2.0.
  const ys = [4, 3, 2, 1].map(y);
  const plotW = W - M.left - M.right;
  /** IFE runs from 4 on the left to 1 on the right. */
  const x = (ife: number) => M.left + ((4 - ife) / 3) * plotW;
  const xs = [4, 3, 2, 1].map(x);
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      style={{ maxWidth: W, fontFamily: font.family }}
      data-testid="ie-matrix"
    >
      {view.cells.items.map(({ id: cell, fill, active }, i) => {
        const col = i % 3;
        const row = Math.floor(i / 3);
        return (
          <g key={cell} data-cell={cell} data-active={active || undefined}>
            <rect
              x={xs[col]}
              y={ys[row]}
              width={xs[col + 1]! - xs[col]!}
              height={ys[row + 1]! - ys[row]!}
              fill={fill}
              stroke={active ? PALETTE.black : '#9aa4b2'}
              strokeWidth={active ? 3 : 1}
            />
            <text x={xs[col]! + 10} y={ys[row]! + 26 * k} fontSize={20 * k} fontWeight={700} fill="#1d2733">
              {cell}
            </text>
          </g>
        );
      })}
      {view.x.ticks.map((v) => (
        <g key={v}>
          <text x={x(v)} y={M.top + plotH + 8 + font.tick} fontSize={font.tick} textAnchor="middle">
            {view.x.format(v)}
          </text>
          <text x={M.left - 10} y={y(v) + font.tick / 3} fontSize={font.tick} textAnchor="end">
            {view.y.format(v)}
          </text>
        </g>
      ))}
      <text
        x={M.left + plotW / 2}
        y={M.top + plotH + 20 + font.tick + font.axisLabel}
        fontSize={font.axisLabel}
        textAnchor="middle"
        fontWeight={600}
      >
        {view.x.title}
      </text>
      <SvgYTitle title={view.y.title} x={22 * k} y={M.top + plotH / 2} bold fill="#111827" font={font} />
      {firm && (
        <g data-testid="ie-firm">
          <circle cx={x(firm.x)} cy={y(firm.y)} r={11 * k} fill={firm.colour} stroke="#fff" strokeWidth={3} />
          <text
            x={x(firm.x) + 16 * k}
            y={y(firm.y) + 12 * k + font.label}
            fontSize={font.label + 1}
            fontWeight={700}
          >
            {firm.name}
          </text>
        </g>
      )}
      <g transform={`translate(${M.left} ${H - 14})`}>
        {(view.cellKey ?? []).map((entry, i) => (
          <g key={entry.label} transform={`translate(${i * 180 * k} 0)`}>
            <rect width={14 * k} height={14 * k} y={-11 * k} fill={entry.fill} stroke="#9aa4b2" />
            <text x={20 * k} fontSize={font.label}>
              {entry.label}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
});
