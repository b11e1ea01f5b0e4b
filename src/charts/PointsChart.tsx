import { memo } from 'react';
import {
  CartesianGrid,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from 'recharts';
import type { PointsView, ViewPoint } from '../views/types';
import { useChartFont } from './chartFont';
import { useChartHeight } from './chartSize';
import { numericAxis, topMargin, xAxisTitle, yAxisTitle } from './axisTitle';
import { ShapeKey } from './positioningMarks';
import { usePacedValue } from '../ui/usePacedValue';
import { bubbleArea, PlacedLabels } from './PlacedLabels';

/** Points or bubbles drawn from a points view (PEST(EL) factors, players by value and price), with its key. */
export const PointsChart = memo(function PointsChart(props: { view: PointsView; height?: number }) {
  // Mounted and redrawn in its turn among the page's charts, its key and height kept until then.
  const view = usePacedValue(props.view, true);
  const height = useChartHeight(props.height ?? 440);
  if (!view)
    return (
      <>
        <ShapeKey
          entries={props.view.groups.map((g) => ({ label: g.name, colour: g.colour, shape: g.shape }))}
        />
        <div className="draw-pending" style={{ height }} aria-hidden="true" />
      </>
    );
  return <PointsPlot view={view} height={props.height} />;
});

const PointsPlot = memo(function PointsPlot({
  view,
  height: onScreen = 440,
}: {
  view: PointsView;
  height?: number;
}) {
  const height = useChartHeight(onScreen);
  const font = useChartFont();
  const { x, y, sizes } = view;
  return (
    <>
      <ShapeKey entries={view.groups.map((g) => ({ label: g.name, colour: g.colour, shape: g.shape }))} />
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 720, height }}>
        <ScatterChart
          margin={{ top: topMargin(y.title, 16, font), right: 32, bottom: 28 * font.scale, left: 24 }}
          style={{ fontFamily: font.family }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="x"
            {...numericAxis(x, font)}
            height={30 * font.scale}
            label={xAxisTitle(x.title, font)}
          />
          <YAxis
            dataKey="y"
            {...numericAxis(y, font)}
            width={60 * font.scale}
            label={yAxisTitle(y.title, 70, font)}
          />
          {sizes && (
            <ZAxis
              type="number"
              dataKey="size"
              domain={[sizes.min, sizes.max]}
              range={bubbleArea(font.scale)}
            />
          )}
          {view.diagonal && (
            <ReferenceLine
              segment={[
                { x: Math.max(x.min, y.min), y: Math.max(x.min, y.min) },
                { x: Math.min(x.max, y.max), y: Math.min(x.max, y.max) },
              ]}
              stroke="#94a3b8"
              strokeDasharray="6 4"
              label={{
                value: view.diagonal,
                position: 'insideTopRight',
                fontSize: font.label,
                fill: '#4b5563',
              }}
            />
          )}
          <Tooltip cursor={{ strokeDasharray: '3 3' }} content={<PointTooltip view={view} />} />
          {view.groups.map((g) => (
            <Scatter
              key={g.id}
              name={g.name}
              data={g.points}
              fill={g.colour}
              fillOpacity={0.75}
              shape={g.shape}
              isAnimationActive={false}
            >
              {view.labels === 'inside' && (
                <LabelList dataKey="label" position="center" fontSize={font.label} fill="#111827" />
              )}
            </Scatter>
          ))}
          <PlacedLabels view={view} />
        </ScatterChart>
      </ResponsiveContainer>
    </>
  );
});

function PointTooltip({
  active,
  payload,
  view,
}: {
  active?: boolean;
  payload?: Array<{ payload: ViewPoint }>;
  view: PointsView;
}) {
  const point = active ? payload?.[0]?.payload : undefined;
  if (!point) return null;
  return (
    <div className="chart-tooltip">
      <strong>{point.label}</strong>
      <div>
        {point.detail ??
          `${view.x.title} ${view.x.format(point.x)} · ${view.y.title} ${view.y.format(point.y)}`}
      </div>
    </div>
  );
}
