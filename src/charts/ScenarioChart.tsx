import { useChartHeight } from './chartSize';
import { memo, useMemo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ReferenceDot, ResponsiveContainer } from 'recharts';
import { moneyYAxis, serviceLevelXAxis } from './axes';
import { ChartLegend } from './ChartLegend';
import { FONT, PALETTE } from './theme';

const COLOURS = [PALETTE.black, PALETTE.blue, PALETTE.orange, PALETTE.green, PALETTE.purple, PALETTE.sky];

const MARGIN = { top: 16, right: 32, bottom: 28, left: 24 };
const STYLE = { fontFamily: FONT.family };

interface Props {
  data: Array<Record<string, number>>;
  series: Array<{ id: string; name: string; today: { sl: number; cost: number } }>;
  xLabel: string;
  yLabel: string;
  format: (v: number) => string;
}

/** The cost curve of a baseline and of each scenario on one chart, each with its operating point. */
export const ScenarioChart = memo(function ScenarioChart({ data, series, xLabel, yLabel, format }: Props) {
  const height = useChartHeight(380);
  // The curves stay the same elements while a slider drags a today point (only the markers move), so
  // recharts does not redraw them; the key catches a renamed or added series.
  const seriesKey = series.map((s) => `${s.id}\u0000${s.name}`).join('\u0001');
  const curves = useMemo(
    () => (
      <>
        <CartesianGrid strokeDasharray="3 3" />
        {serviceLevelXAxis(
          xLabel,
          data.map((d) => d.sl!),
        )}
        {moneyYAxis(yLabel, format)}
        <Legend content={<ChartLegend />} verticalAlign="top" itemSorter={null} />
        {seriesKey.split('\u0001').map((entry, i) => {
          const [id, name] = entry.split('\u0000');
          return (
            <Line
              key={id}
              dataKey={id}
              name={name}
              stroke={COLOURS[i % COLOURS.length]}
              strokeWidth={3}
              strokeDasharray={i === 0 ? undefined : '7 4'}
              dot={false}
              connectNulls
              isAnimationActive={false}
            />
          );
        })}
      </>
    ),
    [data, seriesKey, xLabel, yLabel, format],
  );
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 800, height }}>
      <LineChart data={data} margin={MARGIN} style={STYLE}>
        {curves}
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
});
