import { useChartHeight } from './chartSize';
import { ChartLegend } from './ChartLegend';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { ForcePoint } from './ForcesRadarChart';
import { FONT, SERIES } from '../views/theme';

interface Props {
  data: ForcePoint[];
  nowLabel: string;
  futureLabel: string;
  axisLabel: string;
}

const oneDecimal = (v: unknown) => (typeof v === 'number' ? v.toFixed(1) : '');

/** Intensity of each force (1–5), now and in three years, as grouped bars. */
export function ForcesBarChart({ data, nowLabel, futureLabel, axisLabel }: Props) {
  const height = useChartHeight(360);
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 560, height }}>
      <BarChart
        data={data}
        margin={{ top: 24, right: 16, bottom: 8, left: 16 }}
        style={{ fontFamily: FONT.family }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="force" tick={{ fontSize: FONT.label }} interval={0} />
        <YAxis
          domain={[0, 5]}
          ticks={[0, 1, 2, 3, 4, 5]}
          tick={{ fontSize: FONT.tick }}
          label={{ value: axisLabel, angle: -90, position: 'insideLeft', fontSize: FONT.axisLabel, dy: 60 }}
        />
        <Bar dataKey="now" name={nowLabel} fill={SERIES.now} isAnimationActive={false}>
          <LabelList dataKey="now" position="top" formatter={oneDecimal} fontSize={FONT.label} />
        </Bar>
        <Bar dataKey="future" name={futureLabel} fill={SERIES.future} isAnimationActive={false}>
          <LabelList dataKey="future" position="top" formatter={oneDecimal} fontSize={FONT.label} />
        </Bar>
        <Legend content={<ChartLegend />} itemSorter={null} wrapperStyle={{ fontSize: FONT.label }} />
      </BarChart>
    </ResponsiveContainer>
  );
}
