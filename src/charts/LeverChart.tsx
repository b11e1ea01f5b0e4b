import { useChartHeight } from './chartSize';
import { memo } from 'react';
import { CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { ChartLegend } from './ChartLegend';
import { FONT, PALETTE } from '../views/theme';

export interface LeverPoint {
  lever: number;
  /** Percent 0–100. */
  serviceLevel: number;
  /** Percent 0–100, inventory only. */
  fillRate?: number;
  cost: number;
}

interface Props {
  data: LeverPoint[];
  labels: { x: string; left: string; right: string; serviceLevel: string; fillRate: string; cost: string };
  format: (v: number) => string;
}

/** Service level (%, left axis) and cost (right axis) against what management controls: agents or safety stock. */
export const LeverChart = memo(function LeverChart({ data, labels, format }: Props) {
  const height = useChartHeight(360);
  const hasFillRate = data.some((d) => d.fillRate !== undefined);
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 800, height }}>
      <ComposedChart
        data={data}
        margin={{ top: 16, right: 24, bottom: 28, left: 24 }}
        style={{ fontFamily: FONT.family }}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="lever"
          domain={['dataMin', 'dataMax']}
          tick={{ fontSize: FONT.tick }}
          tickFormatter={format}
          label={{ value: labels.x, position: 'insideBottom', offset: -16, fontSize: FONT.axisLabel }}
        />
        <YAxis
          yAxisId="left"
          domain={[0, 100]}
          tick={{ fontSize: FONT.tick }}
          tickFormatter={(v: number) => `${v}%`}
          label={{ value: labels.left, angle: -90, position: 'insideLeft', fontSize: FONT.axisLabel, dy: 50 }}
        />
        <YAxis
          yAxisId="right"
          orientation="right"
          tick={{ fontSize: FONT.tick }}
          tickFormatter={format}
          width={80}
          label={{
            value: labels.right,
            angle: 90,
            position: 'insideRight',
            fontSize: FONT.axisLabel,
            dy: -40,
          }}
        />
        <Legend content={<ChartLegend />} verticalAlign="top" itemSorter={null} />
        <Line
          yAxisId="left"
          dataKey="serviceLevel"
          name={labels.serviceLevel}
          stroke={PALETTE.blue}
          strokeWidth={3}
          dot={false}
          isAnimationActive={false}
        />
        {hasFillRate && (
          <Line
            yAxisId="left"
            dataKey="fillRate"
            name={labels.fillRate}
            stroke={PALETTE.sky}
            strokeWidth={3}
            strokeDasharray="7 4"
            dot={false}
            isAnimationActive={false}
          />
        )}
        <Line
          yAxisId="right"
          dataKey="cost"
          name={labels.cost}
          stroke={PALETTE.vermillion}
          strokeWidth={3}
          dot={false}
          isAnimationActive={false}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
});
