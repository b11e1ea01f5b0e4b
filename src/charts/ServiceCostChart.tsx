import { useChartHeight } from './chartSize';
import { memo, useMemo } from 'react';
import { moneyYAxis, serviceLevelXAxis } from './axes';
import { ChartLegend } from './ChartLegend';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
} from 'recharts';
import { FONT, PALETTE } from './theme';

export interface ServiceCostSeriesPoint {
  /** Service level in % (0–100). */
  sl: number;
  cost: number;
  revenue?: number | null;
  profit?: number | null;
}

const MARGIN = { top: 24, right: 32, bottom: 28, left: 24 };
const STYLE = { fontFamily: FONT.family };

interface Props {
  data: ServiceCostSeriesPoint[];
  labels: {
    cost: string;
    revenue: string;
    profit: string;
    optimum: string;
    today: string;
    x: string;
    y: string;
  };
  optimum: { sl: number; value: number } | null;
  today: { sl: number; value: number } | null;
  showRevenue: boolean;
  format: (value: number) => string;
}

/** Cost, revenue and profit against service level (%), with the optimum and today's point marked. */
export const ServiceCostChart = memo(function ServiceCostChart({
  data,
  labels,
  optimum,
  today,
  showRevenue,
  format,
}: Props) {
  const height = useChartHeight(420);
  // Everything but today's point, kept as the same elements while a slider drags that point: recharts then
  // leaves the curves alone and only the marker moves.
  const curves = useMemo(
    () => (
      <>
        <CartesianGrid strokeDasharray="3 3" />
        {serviceLevelXAxis(
          labels.x,
          data.map((d) => d.sl),
        )}
        {moneyYAxis(labels.y, format)}
        <Tooltip
          formatter={(value, name) => [
            typeof value === 'number' ? format(value) : String(value),
            String(name),
          ]}
          labelFormatter={(v) => `${Number(v).toFixed(1)}%`}
        />
        <Legend
          content={<ChartLegend />}
          verticalAlign="top"
          itemSorter={null}
          wrapperStyle={{ fontSize: FONT.label, paddingBottom: 6 }}
        />
        <Line
          type="monotone"
          dataKey="cost"
          name={labels.cost}
          stroke={PALETTE.vermillion}
          strokeWidth={3}
          dot={false}
          isAnimationActive={false}
        />
        {showRevenue && (
          <Line
            type="monotone"
            dataKey="revenue"
            name={labels.revenue}
            stroke={PALETTE.blue}
            strokeWidth={3}
            dot={false}
            isAnimationActive={false}
          />
        )}
        {showRevenue && (
          <Line
            type="monotone"
            dataKey="profit"
            name={labels.profit}
            stroke={PALETTE.green}
            strokeWidth={3}
            dot={false}
            isAnimationActive={false}
          />
        )}
        {optimum && <ReferenceLine x={optimum.sl} stroke={PALETTE.green} strokeDasharray="6 4" />}
        {optimum && (
          <ReferenceDot
            x={optimum.sl}
            y={optimum.value}
            r={8}
            fill={PALETTE.green}
            stroke="#fff"
            label={{
              value: `${labels.optimum} ${optimum.sl.toFixed(1)}%`,
              position: 'top',
              fontSize: FONT.label,
            }}
          />
        )}
      </>
    ),
    [data, labels, optimum, showRevenue, format],
  );
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 800, height }}>
      <LineChart data={data} margin={MARGIN} style={STYLE}>
        {curves}
        {today && (
          <ReferenceDot
            x={today.sl}
            y={today.value}
            r={8}
            fill={PALETTE.black}
            stroke="#fff"
            label={{
              value: `${labels.today} ${today.sl.toFixed(1)}%`,
              position: 'bottom',
              fontSize: FONT.label,
            }}
          />
        )}
      </LineChart>
    </ResponsiveContainer>
  );
});
