import { useChartHeight } from './chartSize';
import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
} from 'recharts';
import { ChartLegend } from './ChartLegend';
import { seriesColour } from '../views/theme';
import { FONT } from '../views/theme';

interface Props {
  /** One row per critical success factor: its name under `factor`, each player's rating under the player id. */
  data: Array<Record<string, string | number | null>>;
  players: Array<{ id: string; name: string }>;
}

/** Ratings 1–4 of each player on each critical success factor, the firm first. */
export function CpmRadarChart({ data, players }: Props) {
  const height = useChartHeight(460);
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
      <RadarChart data={data} outerRadius="68%" style={{ fontFamily: FONT.family }}>
        <PolarGrid />
        <PolarAngleAxis dataKey="factor" tick={{ fontSize: FONT.label, fill: '#1d2733' }} />
        <PolarRadiusAxis domain={[0, 4]} tickCount={5} angle={90} tick={{ fontSize: FONT.label }} />
        {players.map((p, i) => (
          <Radar
            key={p.id}
            name={p.name}
            dataKey={p.id}
            stroke={seriesColour(i)}
            fill={seriesColour(i)}
            fillOpacity={i === 0 ? 0.2 : 0.04}
            strokeWidth={i === 0 ? 4 : 2.5}
            strokeDasharray={i === 0 ? undefined : '6 4'}
            isAnimationActive={false}
          />
        ))}
        <Legend content={<ChartLegend />} itemSorter={null} wrapperStyle={{ fontSize: FONT.label }} />
      </RadarChart>
    </ResponsiveContainer>
  );
}
