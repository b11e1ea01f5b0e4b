import { memo } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { CurvesView, ViewMark } from '../views/types';
import { FONT } from '../views/theme';
import { useChartHeight } from './chartSize';
import { SeriesLegend } from './SeriesLegend';
import { numericAxis, rightAxisTitle, topMargin, xAxisTitle, yAxisTitle } from './axisTitle';
import { useShallowMemo } from '../ui/useShallowMemo';
import { usePacedValue } from '../ui/usePacedValue';

const MARGIN = { top: 24, right: 32, bottom: 28, left: 24 };
const STYLE = { fontFamily: FONT.family };

/** Where recharts puts a label beside its dot: 5 px off, centred. */
const LABEL_OFFSET = 5;

/**
 * A mark's name as one SVG text above or below its dot, where recharts' own label would be: recharts' Text
 * measures a label in the DOM whenever its words change (today's "81.4%" on every key), forcing a layout of
 * the whole page inside the chart's redraw.
 */
function markLabel(mark: ViewMark) {
  const above = mark.side === 'above';
  return function MarkLabel({ viewBox }: { viewBox?: unknown }) {
    const box = viewBox as { x: number; y: number; width: number; height: number } | undefined;
    if (!box) return null;
    return (
      <text
        x={box.x + box.width / 2}
        y={above ? box.y - LABEL_OFFSET : box.y + box.height + LABEL_OFFSET}
        dy={above ? 0 : '0.71em'}
        textAnchor="middle"
        fontSize={FONT.label}
        fill="#111827"
        className="recharts-text recharts-label"
      >
        {mark.label}
      </text>
    );
  };
}

/** A mark's dot and label; the label above or below the dot as the view says, so two labels never meet. */
function markDot(mark: ViewMark) {
  return (
    <ReferenceDot
      key={mark.id}
      yAxisId="left"
      x={mark.x}
      y={mark.y}
      r={8}
      fill={mark.colour}
      stroke="#fff"
      label={mark.label ? markLabel(mark) : undefined}
    />
  );
}

/**
 * Lines over a numeric x axis drawn from a curves view (service level vs cost, scenarios), with its marks.
 * The curves are kept as the same elements while only today's mark moves (a dragged slider), so that
 * recharts leaves them alone: the view keeps `series`, `x` and `y` while the points stay the same.
 */
export const CurvesChart = memo(function CurvesChart({
  view: latest,
  height: onScreen = 420,
}: {
  view: CurvesView;
  height?: number;
}) {
  const height = useChartHeight(onScreen);
  // A page's charts mount and redraw one after another, each in a task of its own; until its turn a chart
  // keeps its place (the legend and the plot's height), so nothing moves.
  const view = usePacedValue(latest, true);
  return (
    <>
      <SeriesLegend series={(view ?? latest).series} lines />
      {view ? (
        <CurvesPlot view={view} height={height} />
      ) : (
        <div className="draw-pending" style={{ height }} aria-hidden="true" />
      )}
    </>
  );
});

/** The plot of a curves view: its axes, lines, optimum guide and marks. */
const CurvesPlot = memo(function CurvesPlot({ view, height }: { view: CurvesView; height: number }) {
  const { series, x, y, y2 } = view;
  const curves = useShallowMemo(
    () => (
      <>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="x" {...numericAxis(x)} label={xAxisTitle(x.title)} />
        <YAxis yAxisId="left" {...numericAxis(y)} width={90} label={yAxisTitle(y.title, 60)} />
        {y2 && (
          <YAxis
            yAxisId="right"
            orientation="right"
            {...numericAxis(y2)}
            width={90}
            label={rightAxisTitle(y2.title)}
          />
        )}
        <Tooltip
          formatter={(value, name) => {
            const axis = series.find((s) => s.name === name)?.right && y2 ? y2 : y;
            return [typeof value === 'number' ? axis.format(value) : String(value), String(name)];
          }}
          labelFormatter={(v) => x.format(Number(v))}
        />
        {series.map((s) => (
          <Line
            key={s.id}
            yAxisId={s.right && y2 ? 'right' : 'left'}
            data={s.values.map((value, i) => ({ x: s.x![i], y: value }))}
            dataKey="y"
            name={s.name}
            stroke={s.colour}
            strokeWidth={3}
            strokeDasharray={s.dash ? '7 4' : undefined}
            type="monotone"
            dot={false}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </>
    ),
    [...series, x, y, y2],
  );
  const guides = view.marks.filter((m) => m.id === 'optimum');
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 800, height }}>
      <LineChart
        margin={{ ...MARGIN, top: topMargin(y2 ? y.title + y2.title : y.title, MARGIN.top) }}
        style={STYLE}
      >
        {curves}
        {guides.map((m) => (
          <ReferenceLine
            key={`${m.id}-guide`}
            yAxisId="left"
            x={m.x}
            stroke={m.colour}
            strokeDasharray="6 4"
          />
        ))}
        {view.marks.map(markDot)}
      </LineChart>
    </ResponsiveContainer>
  );
});
