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
  XAxis,
  YAxis,
} from 'recharts';
import { FONT, PALETTE } from './theme';

export interface ServiceCostSeriesPoint {
  /** Service level in % (0–100). */
  sl: number;
  cost: number;
  revenue?: number | null;
  profit?: number | null;
}

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
/** Ticks at whole multiples of a round step (1, 2, 5, 10 … %) inside the data's range. */
function niceTicks(min: number, max: number): number[] {
  const span = max - min;
  const step = [1, 2, 5, 10, 20].find((s) => span / s <= 8) ?? 25;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + 1e-9; v += step)
    ticks.push(Math.round(v * 100) / 100);
  return ticks;
}

export function ServiceCostChart({ data, labels, optimum, today, showRevenue, format }: Props) {
  const xs = data.map((d) => d.sl);
  const ticks = xs.length > 0 ? niceTicks(Math.min(...xs), Math.max(...xs)) : undefined;
  return (
    <ResponsiveContainer width="100%" height={420} initialDimension={{ width: 800, height: 420 }}>
      <LineChart
        data={data}
        margin={{ top: 24, right: 32, bottom: 28, left: 24 }}
        style={{ fontFamily: FONT.family }}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="sl"
          domain={['dataMin', 'dataMax']}
          ticks={ticks}
          tick={{ fontSize: FONT.tick }}
          tickFormatter={(v: number) => `${v.toFixed(0)}%`}
          label={{ value: labels.x, position: 'insideBottom', offset: -16, fontSize: FONT.axisLabel }}
        />
        <YAxis
          tick={{ fontSize: FONT.tick }}
          tickFormatter={format}
          width={90}
          label={{
            value: labels.y,
            angle: -90,
            position: 'insideLeft',
            fontSize: FONT.axisLabel,
            dy: 60,
            dx: -8,
          }}
        />
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
}
