import type { BubblePoint } from '../domain/pestel/bubbles';
import { useChartHeight } from './chartSize';
import { ChartLegend } from './ChartLegend';
import {
  CartesianGrid,
  LabelList,
  Legend,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from 'recharts';
import { CATEGORY_COLOURS, FONT } from '../views/theme';

export type PestelPoint = BubblePoint;

interface Props {
  series: Array<{ category: keyof typeof CATEGORY_COLOURS; name: string; points: PestelPoint[] }>;
  likelihoodLabel: string;
  impactLabel: string;
}

/** PEST(EL) factors placed by likelihood (x, 1–5) and impact (y, 1–5), bubble size the score, one colour per category. */
export function PestelBubbleChart({ series, likelihoodLabel, impactLabel }: Props) {
  const height = useChartHeight(420);
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 720, height }}>
      <ScatterChart margin={{ top: 16, right: 24, bottom: 24, left: 16 }} style={{ fontFamily: FONT.family }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="x"
          domain={[0.5, 5.5]}
          ticks={[1, 2, 3, 4, 5]}
          tick={{ fontSize: FONT.tick }}
          label={{ value: likelihoodLabel, position: 'insideBottom', offset: -14, fontSize: FONT.axisLabel }}
        />
        <YAxis
          type="number"
          dataKey="impact"
          domain={[0.5, 5.5]}
          ticks={[1, 2, 3, 4, 5]}
          tick={{ fontSize: FONT.tick }}
          label={{ value: impactLabel, angle: -90, position: 'insideLeft', fontSize: FONT.axisLabel, dy: 40 }}
        />
        <ZAxis type="number" dataKey="score" domain={[1, 25]} range={[120, 1400]} />
        <Tooltip
          cursor={{ strokeDasharray: '3 3' }}
          content={<PointTooltip impactLabel={impactLabel} likelihoodLabel={likelihoodLabel} />}
        />
        {series.map((s) => (
          <Scatter
            key={s.category}
            name={s.name}
            data={s.points}
            fill={CATEGORY_COLOURS[s.category]}
            fillOpacity={0.75}
            isAnimationActive={false}
          >
            <LabelList dataKey="code" position="center" fontSize={FONT.label} fill="#111" />
          </Scatter>
        ))}
        <Legend
          content={<ChartLegend />}
          verticalAlign="top"
          itemSorter={null}
          wrapperStyle={{ fontSize: FONT.label, paddingBottom: 8 }}
        />
      </ScatterChart>
    </ResponsiveContainer>
  );
}

function PointTooltip({
  active,
  payload,
  impactLabel,
  likelihoodLabel,
}: {
  active?: boolean;
  payload?: Array<{ payload: PestelPoint }>;
  impactLabel: string;
  likelihoodLabel: string;
}) {
  const point = active ? payload?.[0]?.payload : undefined;
  if (!point) return null;
  return (
    <div className="chart-tooltip">
      <strong>
        {point.code} {point.text}
      </strong>
      <div>
        {impactLabel}: {point.impact} · {likelihoodLabel}: {point.likelihood} · {point.impact} ×{' '}
        {point.likelihood} = {point.score}
      </div>
    </div>
  );
}
