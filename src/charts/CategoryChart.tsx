import { memo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ComposedChart,
  LabelList,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { textWidth } from '../views/textFit';
import type { CategoryView } from '../views/types';
import { useChartFont } from './chartFont';
import { useChartHeight } from './chartSize';
import { SeriesLegend } from './SeriesLegend';
import { usePacedValue } from '../ui/usePacedValue';
import { RadarCategoryChart } from './RadarCategoryChart';
import { FittedBarLabel, WrappedCategoryTick } from './chartLabels';
import { numericAxis, rightAxisTitle, topMargin, yAxisTitle } from './axisTitle';

const AXIS_TEXT = '#374151';
const DOT = { r: 5 };
const MAX_DOTS = 300;

interface Props {
  view: CategoryView;
  /** Draw the same view in another shape (the five forces as a radar and as bars). */
  shape?: CategoryView['shape'];
  height?: number;
}

/** Where a row keeps the text printed in a series' bar. */
const labelKey = (id: string) => `${id}__label`;

/** The view's rows as recharts wants them: one object per category, each series' value under its id. */
function rows(view: CategoryView) {
  return view.categories.map((category, i) => ({
    category,
    ...Object.fromEntries(view.series.map((s) => [s.id, s.values[i] ?? null])),
    ...Object.fromEntries(
      view.series.filter((s) => s.pointLabels).map((s) => [labelKey(s.id), s.pointLabels![i] ?? '']),
    ),
  }));
}

/**
 * Values per category drawn from a category view: bars (grouped, stacked, across), lines or a radar. Mounted
 * and redrawn in its turn among the page's charts (usePacedValue), its legend and height kept until then.
 */
export const CategoryChart = memo(function CategoryChart(props: Props) {
  const view = usePacedValue(props.view, true);
  const height = useChartHeight(props.height ?? 400);
  if (!view)
    return (
      <>
        <SeriesLegend series={props.view.series} lines />
        <div className="draw-pending" style={{ height }} aria-hidden="true" />
      </>
    );
  return <CategoryPlot {...props} view={view} />;
});

const CategoryPlot = memo(function CategoryPlot({ view, shape = view.shape, height: onScreen = 400 }: Props) {
  const height = useChartHeight(onScreen);
  const font = useChartFont();
  const style = { fontFamily: font.family };
  const data = rows(view);
  const { y } = view;
  if (shape === 'radar') return <RadarCategoryChart view={view} data={data} height={height} />;
  const valueAxis = {
    type: 'number' as const,
    domain: [y.min, y.max],
    ticks: y.ticks,
    tickFormatter: y.format,
    tick: { fontSize: font.tick, fill: AXIS_TEXT },
    allowDataOverflow: true,
    hide: y.hidden === true,
  };
  const categoryAxis = {
    type: 'category' as const,
    dataKey: 'category',
    interval: 0,
    tick: { fontSize: font.label, fill: '#1d2733' },
  };
  // A dot per point reads on a few curves; on 22 curves of 50 factors it is 1,100 dots that hide the curves
  // (and a thousand elements to lay out when the Positioning page opens at the limits).
  const dots = view.series.length * data.length <= MAX_DOTS ? DOT : false;
  if (shape === 'line')
    return (
      <>
        <SeriesLegend series={view.series} lines />
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 900, height }}>
          <LineChart
            data={data}
            margin={{ top: topMargin(y.title, 16, font), right: 32, bottom: 48 * font.scale, left: 24 }}
            style={style}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis {...categoryAxis} angle={-20} textAnchor="end" height={70 * font.scale} />
            <YAxis {...valueAxis} width={60 * font.scale} label={yAxisTitle(y.title, 70, font)} />
            <Tooltip
              formatter={(v, name) => [typeof v === 'number' ? y.format(v) : String(v), String(name)]}
            />
            {view.series.map((s) => (
              <Line
                key={s.id}
                dataKey={s.id}
                name={s.name}
                stroke={s.colour}
                strokeWidth={s.dash ? 2.5 : 4}
                strokeDasharray={s.dash ? '7 4' : undefined}
                dot={dots}
                connectNulls
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </>
    );
  const across = view.horizontal === true;
  // Room under the bars for names wrapped onto up to three lines on a narrow (phone) chart of about 300 px.
  const narrowSlot = 300 / Math.max(1, view.categories.length);
  const tickLines = Math.min(
    3,
    Math.max(1, ...view.categories.map((c) => Math.ceil(textWidth(c, font.label) / narrowSlot))),
  );
  // Names down the side get the room the longest needs (short codes keep the narrow axis), up to a third.
  const namesWidth = Math.min(
    240 * font.scale,
    Math.max(60 * font.scale, ...view.categories.map((c) => textWidth(c, font.tick) + 16)),
  );
  // A waterfall's spacers are not data: no tooltip (it would list them), and each bar says its own value.
  const floating = view.series.some((s) => s.hidden);
  // A Pareto chart: the series measured on the right-hand axis are lines over the bars.
  const y2 = across ? undefined : view.y2;
  const lines = y2 ? view.series.filter((s) => s.right) : [];
  const bars = y2 ? view.series.filter((s) => !s.right) : view.series;
  const Chart = y2 ? ComposedChart : BarChart;
  // Room for the longest tick label (50,000,000) beside the turned axis title.
  const valueWidth = Math.max(
    70 * font.scale,
    ...y.ticks.map((v) => textWidth(y.format(v), font.tick) + 34 * font.scale),
  );
  return (
    <>
      <SeriesLegend series={view.series} lines={lines.length > 0} />
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 800, height }}>
        <Chart
          data={data}
          layout={across ? 'vertical' : 'horizontal'}
          // Values below zero stack downwards from zero, as in a native chart, not on top of those above.
          stackOffset={view.stacked ? 'sign' : undefined}
          margin={{
            top: across ? 24 : topMargin(y2 ? y.title + y2.title : y.title, 24, font),
            right: y2 ? 16 : 48,
            bottom: 24 * font.scale,
            left: 24,
          }}
          style={style}
        >
          <CartesianGrid
            strokeDasharray="3 3"
            vertical={across && !y.hidden}
            horizontal={!across && !y.hidden}
          />
          {across ? (
            <>
              <XAxis
                {...valueAxis}
                label={{
                  value: y.title,
                  position: 'insideBottom',
                  offset: -14 * font.scale,
                  fontSize: font.axisLabel,
                  fill: AXIS_TEXT,
                }}
              />
              <YAxis {...categoryAxis} width={namesWidth} />
            </>
          ) : (
            <>
              <XAxis
                {...categoryAxis}
                tick={<WrappedCategoryTick fontSize={font.label} fill="#1d2733" />}
                height={Math.round(tickLines * 1.15 * font.label + 12)}
              />
              <YAxis {...valueAxis} width={valueWidth} label={yAxisTitle(y.title, 80, font)} />
              {y2 && (
                <YAxis
                  yAxisId="right"
                  orientation="right"
                  {...numericAxis(y2, font)}
                  width={70 * font.scale}
                  // Centred along the axis: a long title raised as the curves' is runs off the top.
                  label={{ ...rightAxisTitle(y2.title, font), dy: 0, textAnchor: 'middle' }}
                />
              )}
            </>
          )}
          {!view.valueLabels && !floating && (
            <Tooltip
              formatter={(v, name) => {
                const axis = y2 && lines.some((s) => s.name === name) ? y2 : y;
                return [typeof v === 'number' ? axis.format(v) : String(v), String(name)];
              }}
            />
          )}
          {(view.references ?? []).map((r) => (
            <ReferenceLine
              key={r.label}
              {...(across ? { x: r.value } : { y: r.value })}
              stroke="#000"
              strokeDasharray="6 4"
              label={{ value: r.label, position: 'top', fontSize: font.label }}
            />
          ))}
          {bars.map((s) => (
            <Bar
              key={s.id}
              dataKey={s.id}
              name={s.name}
              fill={s.hidden ? 'transparent' : s.colour}
              stroke={view.stacked && !s.hidden ? '#fff' : undefined}
              stackId={view.stacked ? 'stack' : undefined}
              barSize={across && view.series.length === 1 ? 34 : undefined}
              isAnimationActive={false}
            >
              {view.categoryColours?.map((colour, i) => (
                <Cell key={i} fill={colour} />
              ))}
              {s.pointLabels && (
                <LabelList
                  dataKey={labelKey(s.id)}
                  content={(props) => <FittedBarLabel {...props} fontSize={font.label} />}
                />
              )}
              {view.valueLabels && !s.hidden && (
                <LabelList
                  dataKey={s.id}
                  position={across ? 'right' : 'top'}
                  fontSize={font.label}
                  formatter={(v: unknown) => (typeof v === 'number' ? view.valueLabels!.format(v) : '')}
                />
              )}
              {view.stacked && s.short && (
                <LabelList
                  dataKey={s.id}
                  position="center"
                  fontSize={Math.round(12 * font.scale)}
                  fill="#111827"
                  formatter={(v: unknown) =>
                    typeof v === 'number' && v >= (y.max - y.min) * 0.04 ? s.short : ''
                  }
                />
              )}
            </Bar>
          ))}
          {lines.map((s) => (
            <Line
              key={s.id}
              yAxisId="right"
              dataKey={s.id}
              name={s.name}
              stroke={s.colour}
              strokeWidth={s.dash ? 2 : 3}
              strokeDasharray={s.dash ? '7 4' : undefined}
              dot={s.dash ? false : data.length <= MAX_DOTS / 10 ? DOT : false}
              isAnimationActive={false}
            />
          ))}
        </Chart>
      </ResponsiveContainer>
    </>
  );
});
