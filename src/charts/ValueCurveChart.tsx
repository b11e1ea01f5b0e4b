import { useChartHeight } from './chartSize';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartLegend } from './ChartLegend';
import { seriesColour } from '../views/theme';
import { FONT } from '../views/theme';

interface Props {
  /** One row per competing factor: its name under `factor`, each curve's level under the curve id. */
  data: Array<Record<string, string | number | null>>;
  /** The firm today first, then the alternative, then competitors (dashed). */
  curves: Array<{ id: string; name: string; dashed: boolean }>;
  yLabel: string;
}

/** The strategy canvas: offering level 0–10 on each competing factor, one value curve per player. */
export function ValueCurveChart({ data, curves, yLabel }: Props) {
  const height = useChartHeight(440);
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 900, height }}>
      <LineChart
        data={data}
        margin={{ top: 16, right: 32, bottom: 48, left: 24 }}
        style={{ fontFamily: FONT.family }}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="factor"
          interval={0}
          tick={{ fontSize: FONT.label }}
          angle={-20}
          textAnchor="end"
          height={70}
        />
        <YAxis
          domain={[0, 10]}
          ticks={[0, 2, 4, 6, 8, 10]}
          tick={{ fontSize: FONT.tick }}
          label={{ value: yLabel, angle: -90, position: 'insideLeft', fontSize: FONT.axisLabel, dy: 70 }}
        />
        <Tooltip />
        {curves.map((c, i) => (
          <Line
            key={c.id}
            dataKey={c.id}
            name={c.name}
            stroke={seriesColour(i)}
            strokeWidth={c.dashed ? 2.5 : 4}
            strokeDasharray={c.dashed ? '7 4' : undefined}
            dot={{ r: 5 }}
            connectNulls
            isAnimationActive={false}
          />
        ))}
        <Legend
          content={<ChartLegend />}
          verticalAlign="top"
          itemSorter={null}
          wrapperStyle={{ fontSize: FONT.label }}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
