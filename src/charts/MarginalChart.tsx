import { useChartHeight } from './chartSize';
import { memo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer } from 'recharts';
import { moneyYAxis, serviceLevelXAxis } from './axes';
import { ChartLegend } from './ChartLegend';
import { FONT, PALETTE } from '../views/theme';

interface Props {
  data: Array<{ sl: number; marginalCost: number; marginalRevenue: number }>;
  optimumSl: number | null;
  labels: { x: string; y: string; marginalCost: string; marginalRevenue: string; optimum: string };
  format: (v: number) => string;
}

/** Marginal cost and marginal revenue per percentage point of service: the optimum is where they cross. */
export const MarginalChart = memo(function MarginalChart({ data, optimumSl, labels, format }: Props) {
  const height = useChartHeight(320);
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 800, height }}>
      <LineChart
        data={data}
        margin={{ top: 16, right: 32, bottom: 28, left: 24 }}
        style={{ fontFamily: FONT.family }}
      >
        <CartesianGrid strokeDasharray="3 3" />
        {serviceLevelXAxis(
          labels.x,
          data.map((d) => d.sl),
        )}
        {moneyYAxis(labels.y, format)}
        <Legend content={<ChartLegend />} verticalAlign="top" itemSorter={null} />
        <Line
          dataKey="marginalCost"
          name={labels.marginalCost}
          stroke={PALETTE.vermillion}
          strokeWidth={3}
          dot={false}
          isAnimationActive={false}
        />
        <Line
          dataKey="marginalRevenue"
          name={labels.marginalRevenue}
          stroke={PALETTE.blue}
          strokeWidth={3}
          dot={false}
          isAnimationActive={false}
        />
        {optimumSl !== null && (
          <ReferenceLine
            x={optimumSl}
            stroke={PALETTE.green}
            strokeDasharray="6 4"
            label={{
              value: `${labels.optimum} ${optimumSl.toFixed(1)}%`,
              position: 'top',
              fontSize: FONT.label,
            }}
          />
        )}
      </LineChart>
    </ResponsiveContainer>
  );
});
