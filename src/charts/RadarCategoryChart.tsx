import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from 'recharts';
import type { CategoryView } from '../views/types';
import { useChartFont } from './chartFont';
import { SeriesLegend } from './SeriesLegend';

const AXIS_TEXT = '#374151';

/** A category view as a radar (the five forces): one spoke per category, a shape per series. */
export function RadarCategoryChart({
  view,
  data,
  height,
}: {
  view: CategoryView;
  /** One object per category, each series' value under its id. */
  data: Array<Record<string, unknown>>;
  height: number;
}) {
  const font = useChartFont();
  const style = { fontFamily: font.family };
  const { y } = view;
  return (
    <>
      <SeriesLegend series={view.series} lines />
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
        <RadarChart data={data} outerRadius="68%" style={style}>
          <PolarGrid />
          <PolarAngleAxis dataKey="category" tick={{ fontSize: font.label, fill: '#1d2733' }} />
          <PolarRadiusAxis
            domain={[y.min, y.max]}
            ticks={y.ticks as number[]}
            tickFormatter={y.format}
            angle={90}
            tick={{ fontSize: font.label, fill: AXIS_TEXT }}
          />
          {view.series.map((s, i) => (
            <Radar
              key={s.id}
              name={s.name}
              dataKey={s.id}
              stroke={s.colour}
              fill={s.colour}
              fillOpacity={i === 0 ? 0.2 : 0.05}
              strokeWidth={s.dash ? 2.5 : 4}
              strokeDasharray={s.dash ? '6 4' : undefined}
              isAnimationActive={false}
            />
          ))}
        </RadarChart>
      </ResponsiveContainer>
    </>
  );
}
