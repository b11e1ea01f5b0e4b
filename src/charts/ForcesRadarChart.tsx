import { useChartHeight } from './chartSize';
import { ChartLegend } from './ChartLegend';
import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
} from 'recharts';
import { FONT, SERIES } from '../views/theme';

export interface ForcePoint {
  force: string;
  now: number | null;
  future: number | null;
}

interface Props {
  data: ForcePoint[];
  nowLabel: string;
  futureLabel: string;
}

/** The five forces on a 0–5 radar, now against three years ahead. */
export function ForcesRadarChart({ data, nowLabel, futureLabel }: Props) {
  const height = useChartHeight(360);
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 560, height }}>
      <RadarChart data={data} outerRadius="70%" style={{ fontFamily: FONT.family }}>
        <PolarGrid />
        <PolarAngleAxis dataKey="force" tick={{ fontSize: FONT.tick, fill: '#1d2733' }} />
        <PolarRadiusAxis domain={[0, 5]} tickCount={6} angle={90} tick={{ fontSize: FONT.label }} />
        <Radar
          name={nowLabel}
          dataKey="now"
          stroke={SERIES.now}
          fill={SERIES.now}
          fillOpacity={0.25}
          strokeWidth={3}
          isAnimationActive={false}
        />
        <Radar
          name={futureLabel}
          dataKey="future"
          stroke={SERIES.future}
          fill={SERIES.future}
          fillOpacity={0.1}
          strokeWidth={3}
          strokeDasharray="6 4"
          isAnimationActive={false}
        />
        <Legend content={<ChartLegend />} itemSorter={null} wrapperStyle={{ fontSize: FONT.label }} />
      </RadarChart>
    </ResponsiveContainer>
  );
}
