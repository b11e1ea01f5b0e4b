import { useChartHeight } from './chartSize';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type LegendPayload,
} from 'recharts';
import { ChartLegend } from './ChartLegend';
import { FONT, PALETTE } from '../views/theme';

/** Two tints per SWOT group, alternated within the group, so a stack reads S, W, O, T at a glance. */
const GROUP_TINTS: Record<string, readonly [string, string]> = {
  internal: [PALETTE.blue, PALETTE.sky],
  external: [PALETTE.green, '#7fd1b9'],
  strengths: [PALETTE.blue, PALETTE.sky],
  weaknesses: [PALETTE.orange, '#f5c766'],
  opportunities: [PALETTE.green, '#7fd1b9'],
  threats: [PALETTE.vermillion, '#eba57a'],
  criteria: [PALETTE.purple, '#e3b5cf'],
};

interface Props {
  /** One row per alternative: its name and the TAS of each factor under the factor's id. */
  data: Array<Record<string, string | number>>;
  /** In stacking order; `group` picks the colour family, `short` labels the segment (S1, O2 …). */
  factors: Array<{ id: string; label: string; short: string; group: string }>;
  axisLabel: string;
  format: (v: number) => string;
  /** One legend entry per colour family (Strengths, Weaknesses …). */
  legend: Array<{ label: string; colour: string }>;
}

/** Sum of TAS per alternative, stacked by key factor: what each alternative's total is made of. */
export function TasStackedBarChart({ data, factors, axisLabel, format, legend }: Props) {
  const height = useChartHeight(400);
  return (
    <>
      <ChartLegend
        payload={legend.map((l) => ({ value: l.label, color: l.colour, type: 'square' }) as LegendPayload)}
      />
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 800, height }}>
        <BarChart
          data={data}
          margin={{ top: 16, right: 24, bottom: 8, left: 24 }}
          style={{ fontFamily: FONT.family }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" tick={{ fontSize: FONT.label }} interval={0} />
          <YAxis
            tick={{ fontSize: FONT.tick }}
            tickFormatter={format}
            label={{ value: axisLabel, angle: -90, position: 'insideLeft', fontSize: FONT.axisLabel, dy: 90 }}
          />
          <Tooltip formatter={(v, name) => [typeof v === 'number' ? format(v) : String(v), String(name)]} />
          {factors.map((f) => {
            const inGroup = factors.filter((g) => g.group === f.group).indexOf(f);
            return (
              <Bar
                key={f.id}
                dataKey={f.id}
                name={f.label}
                stackId="tas"
                fill={(GROUP_TINTS[f.group] ?? GROUP_TINTS.criteria!)[inGroup % 2]}
                stroke="#fff"
                isAnimationActive={false}
              >
                <LabelList
                  dataKey={f.id}
                  position="center"
                  fontSize={12}
                  fill="#111827"
                  formatter={(v: unknown) => (typeof v === 'number' && v >= 0.15 ? f.short : '')}
                />
              </Bar>
            );
          })}
        </BarChart>
      </ResponsiveContainer>
    </>
  );
}

/** The legend colour of a group (its first tint). */
export const groupColour = (group: string): string => (GROUP_TINTS[group] ?? GROUP_TINTS.criteria!)[0];
