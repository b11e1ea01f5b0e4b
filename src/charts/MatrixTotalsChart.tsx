import { useChartHeight } from './chartSize';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { FONT, PALETTE } from '../views/theme';

interface Props {
  data: Array<{ name: string; total: number | null }>;
  averageLabel: string;
  axisLabel: string;
}

/** IFE and EFE totals (1–4) as bars against the 2.5 average. */
export function MatrixTotalsChart({ data, averageLabel, axisLabel }: Props) {
  const height = useChartHeight(220);
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 560, height }}>
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 24, right: 48, bottom: 24, left: 24 }}
        style={{ fontFamily: FONT.family }}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis
          type="number"
          domain={[1, 4]}
          ticks={[1, 1.5, 2, 2.5, 3, 3.5, 4]}
          tick={{ fontSize: FONT.tick }}
          label={{ value: axisLabel, position: 'insideBottom', offset: -14, fontSize: FONT.axisLabel }}
        />
        <YAxis type="category" dataKey="name" tick={{ fontSize: FONT.tick }} width={60} />
        <ReferenceLine
          x={2.5}
          stroke={PALETTE.black}
          strokeDasharray="6 4"
          label={{ value: averageLabel, position: 'top', fontSize: FONT.label }}
        />
        <Bar dataKey="total" isAnimationActive={false} barSize={34}>
          {data.map((d) => (
            <Cell key={d.name} fill={(d.total ?? 0) >= 2.5 ? PALETTE.blue : PALETTE.vermillion} />
          ))}
          <LabelList
            dataKey="total"
            position="right"
            fontSize={FONT.label}
            formatter={(v: unknown) => (typeof v === 'number' ? v.toFixed(2) : '')}
          />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
