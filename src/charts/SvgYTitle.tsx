import { isCjk } from '../views/textFit';
import { PAGE_FONT, type ChartFont } from './chartFont';

/**
 * A y axis title on an SVG chart, centred at (x, y): Latin text turned up the axis; Chinese set vertically
 * with its characters upright (as Chinese is written), never lying on their side, and without an arrow.
 */
export function SvgYTitle({
  title,
  x,
  y,
  arrow = false,
  bold = false,
  fill = '#374151',
  font = PAGE_FONT,
}: {
  title: string;
  x: number;
  y: number;
  arrow?: boolean;
  bold?: boolean;
  fill?: string;
  font?: ChartFont;
}) {
  const common = {
    fontSize: font.axisLabel,
    textAnchor: 'middle' as const,
    fill,
    fontWeight: bold ? 600 : undefined,
  };
  return isCjk(title) ? (
    <text x={x} y={y} {...common} writingMode="vertical-rl" style={{ textOrientation: 'upright' }}>
      {title}
    </text>
  ) : (
    <text x={x} y={y} {...common} transform={`rotate(-90 ${x} ${y})`}>
      {arrow ? `${title} →` : title}
    </text>
  );
}
