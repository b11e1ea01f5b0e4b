import { useChartHeight } from './chartSize';
import {
  CartesianGrid,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from 'recharts';
import { PLAYER_COLOURS, type PlacedPlayer, type PlayerKind } from './positioningMarks';
import { FONT } from '../views/theme';

interface Props {
  players: PlacedPlayer[];
  xLabel: string;
  yLabel: string;
  kindLabels: Record<PlayerKind, string>;
}

const TICKS = [0, 2, 4, 6, 8, 10];

/** Perceived value against price, a bubble per player sized by market share; the diagonal is value = price. */
export function ValueBubbleChart({ players, xLabel, yLabel, kindLabels }: Props) {
  const height = useChartHeight(460);
  const kinds: PlayerKind[] = ['firm', 'alternative', 'competitor'];
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
      <ScatterChart margin={{ top: 16, right: 32, bottom: 32, left: 24 }} style={{ fontFamily: FONT.family }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="price"
          domain={[0, 10]}
          ticks={TICKS}
          tick={{ fontSize: FONT.tick }}
          label={{ value: xLabel, position: 'insideBottom', offset: -18, fontSize: FONT.axisLabel }}
        />
        <YAxis
          type="number"
          dataKey="quality"
          domain={[0, 10]}
          ticks={TICKS}
          tick={{ fontSize: FONT.tick }}
          label={{ value: yLabel, angle: -90, position: 'insideLeft', fontSize: FONT.axisLabel, dy: 70 }}
        />
        <ZAxis type="number" dataKey="size" range={[80, 1600]} domain={[0, 40]} />
        <ReferenceLine
          segment={[
            { x: 0, y: 0 },
            { x: 10, y: 10 },
          ]}
          stroke="#94a3b8"
          strokeDasharray="6 4"
        />
        <Tooltip />
        {kinds.map((kind) => (
          <Scatter
            key={kind}
            name={kindLabels[kind]}
            data={players.filter((p) => p.kind === kind).map((p) => ({ ...p, size: p.share ?? 4 }))}
            fill={PLAYER_COLOURS[kind]}
            fillOpacity={0.75}
            isAnimationActive={false}
          >
            <LabelList dataKey="name" position="right" fontSize={FONT.label} fill="#111827" />
          </Scatter>
        ))}
      </ScatterChart>
    </ResponsiveContainer>
  );
}
