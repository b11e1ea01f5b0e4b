import { textWidth, wrapText } from '../views/textFit';

interface TickProps {
  x?: number;
  y?: number;
  payload?: { value: string };
  /** The category axis' width, and how many ticks share it (recharts passes both to a tick). */
  width?: number;
  visibleTicksCount?: number;
  fontSize: number;
  fill: string;
}

/**
 * A category's name under its bar, on as many lines (up to three) as the bar's slot needs, so that names on a
 * narrow chart (a phone) do not run into each other; a name that fits is one line, as before.
 */
export function WrappedCategoryTick({
  x = 0,
  y = 0,
  payload,
  width = 0,
  visibleTicksCount = 1,
  fontSize,
  fill,
}: TickProps) {
  const text = payload?.value ?? '';
  const slot = visibleTicksCount > 0 ? width / visibleTicksCount : width;
  const lines = slot > 0 ? wrapText(text, fontSize, slot) : [text];
  return (
    <text
      x={x}
      y={y}
      dy={lines.length === 1 ? fontSize : undefined}
      textAnchor="middle"
      fontSize={fontSize}
      fill={fill}
    >
      {lines.length === 1
        ? text
        : lines.map((line, i) => (
            // The first line's own dy: an inner dy of 0 would override the text's for its first character.
            <tspan key={i} x={x} dy={i === 0 ? fontSize : fontSize * 1.15}>
              {line}
            </tspan>
          ))}
    </text>
  );
}

interface BarLabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
  fontSize: number;
}

/** A bar's own text in white in its middle, left out when the bar is too small to hold it. */
export function FittedBarLabel({ x, y, width, height, value, fontSize }: BarLabelProps) {
  const text = typeof value === 'string' ? value : '';
  const [bx, by, w, h] = [x, y, width, height].map(Number) as [number, number, number, number];
  if (!text || !(textWidth(text, fontSize) + 6 <= w) || !(fontSize + 2 <= Math.abs(h))) return null;
  return (
    <text
      x={bx + w / 2}
      y={by + h / 2}
      textAnchor="middle"
      dominantBaseline="central"
      fontSize={fontSize}
      fontWeight={700}
      fill="#fff"
    >
      {text}
    </text>
  );
}
