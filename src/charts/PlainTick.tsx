import type { ReactElement } from 'react';
import { textWidth } from '../views/textFit';

/** What recharts passes a tick renderer (the part a numeric tick label uses; BaseTickContentProps). */
interface TickProps {
  x: number | string;
  y: number | string;
  width?: number | string;
  height?: number | string;
  textAnchor: 'start' | 'middle' | 'end' | 'inherit';
  verticalAnchor: 'start' | 'middle' | 'end';
  payload: { value: unknown };
  index: number;
  visibleTicksCount: number;
}

/** How far below its anchor a one-line label's baseline sits, as recharts' Text places it. */
const DY = { start: '0.71em', middle: '0.355em', end: '0' } as const;
const GAP_PX = 8;

/**
 * A numeric axis' tick labels as plain SVG text, where recharts' own would be. Recharts' Text measures each
 * label's words in the DOM on every redraw (it is given the axis' width, so it wraps), and thinning the
 * ticks measures them again: a forced layout per tick, most of a chart's redraw when a typed number changes
 * its curves. Here the labels of the axis' evenly spaced `ticks` are estimated once, and a label is left out
 * when the axis is too short for all of them: every k-th is shown, the first always.
 */
export function plainTick(
  fontSize: number,
  fill: string,
  ticks: readonly number[],
  format: (value: number) => string,
) {
  const widest = Math.max(0, ...ticks.map((t) => textWidth(format(t), fontSize)));
  return function PlainTick(props: TickProps): ReactElement | null {
    const { x, y, textAnchor, verticalAnchor, index, visibleTicksCount } = props;
    const vertical = verticalAnchor === 'middle';
    const length = Number(vertical ? props.height : props.width);
    const spacing = visibleTicksCount > 1 && length > 0 ? length / (visibleTicksCount - 1) : Infinity;
    const needed = (vertical ? fontSize * 1.2 : widest) + GAP_PX;
    const every = Math.max(1, Math.ceil(needed / spacing));
    if (index % every !== 0) return null;
    return (
      <text
        x={x}
        y={y}
        textAnchor={textAnchor}
        fill={fill}
        fontSize={fontSize}
        className="recharts-text recharts-cartesian-axis-tick-value"
      >
        <tspan x={x} dy={DY[verticalAnchor]}>
          {format(Number(props.payload.value))}
        </tspan>
      </text>
    );
  };
}
