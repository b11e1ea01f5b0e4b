import { CartesianGrid, Legend, Line, LineChart, ReferenceDot, ResponsiveContainer } from 'recharts';
import { moneyYAxis, serviceLevelXAxis } from './axes';
import { ChartLegend } from './ChartLegend';
import { FONT, PALETTE } from './theme';

const COLOURS = [PALETTE.black, PALETTE.blue, PALETTE.orange, PALETTE.green, PALETTE.purple, PALETTE.sky];

interface Props {
  data: Array<Record<string, number>>;
  series: Array<{ id: string; name: string; today: { sl: number; cost: number } }>;
  xLabel: string;
  yLabel: string;
  format: (v: number) => string;
}

/** The cost curve of a baseline and of each scenario on one chart, each with its operating point. */
export function ScenarioChart({ data, series, xLabel, yLabel, format }: Props) {
  return (
    <ResponsiveContainer width="100%" height={380} initialDimension={{ width: 800, height: 380 }}>
      <LineChart
        data={data}
        margin={{ top: 16, right: 32, bottom: 28, left: 24 }}
        style={{ fontFamily: FONT.family }}
      >
        <CartesianGrid strokeDasharray="3 3" />
        {serviceLevelXAxis(
          xLabel,
          data.map((d) => d.sl!),
        )}
        {moneyYAxis(yLabel, format)}
        <Legend content={<ChartLegend />} verticalAlign="top" itemSorter={null} />
        {series.map((s, i) => (
          <Line
            key={s.id}
            dataKey={s.id}
            name={s.name}
            stroke={COLOURS[i % COLOURS.length]}
            strokeWidth={3}
            strokeDasharray={i === 0 ? undefined : '7 4'}
            dot={false}
            connectNulls
            isAnimationActive={false}
          />
        ))}
        {series.map((s, i) => (
          <ReferenceDot
            key={`${s.id}-today`}
            x={s.today.sl}
            y={s.today.cost}
            r={7}
            fill={COLOURS[i % COLOURS.length]}
            stroke="#fff"
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
