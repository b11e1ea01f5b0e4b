import { useXAxisScale, useYAxisScale, usePlotArea } from 'recharts';
import type { PointsView } from '../views/types';
import { useChartFont } from './chartFont';
import { layoutLabels, textWidth } from '../views/textFit';
import { OutlinedLabel } from './positioningMarks';

/** Bubble areas in px² as the chart's ZAxis draws them, smallest to largest; grown with the text. */
export const bubbleArea = (scale: number): [number, number] => [120 * scale ** 2, 1400 * scale ** 2];

/** A point's radius in px: a bubble's from its size, as recharts sizes it; else a plain mark's. */
function radius(view: PointsView, size: number | undefined, scale: number): number {
  if (!view.sizes || size === undefined) return 8;
  const { min, max } = view.sizes;
  const share = Math.max(0, Math.min(1, (size - min) / (max - min || 1)));
  const [small, large] = bubbleArea(scale);
  return Math.sqrt((small + share * (large - small)) / Math.PI);
}

/**
 * The diagonal's name, and the points' names beside them, placed by the same rule as on a slide (right, left, above or below the
 * bubble, whichever is clear of names placed before it): drawn inside the chart from its own scales.
 */
export function PlacedLabels({ view }: { view: PointsView }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const plot = usePlotArea();
  const font = useChartFont();
  if (!x || !y || !plot) return null;
  const points =
    view.labels === 'beside'
      ? view.groups.flatMap((g) =>
          g.points.map((p) => ({
            x: x(p.x) ?? 0,
            y: y(p.y) ?? 0,
            text: p.label,
            r: radius(view, p.size, font.scale),
          })),
        )
      : [];
  // The diagonal's name sits in the plot's top right corner; names keep clear of it.
  const right = plot.x + plot.width - 4;
  const top = plot.y + font.label + 2;
  const diagonal = view.diagonal
    ? [{ left: right - textWidth(view.diagonal, font.label), right, top: top - font.label, bottom: top + 3 }]
    : [];
  const labels = layoutLabels(points, font.label, plot.x + plot.width, diagonal);
  return (
    <g className="placed-labels">
      {view.diagonal && (
        <text x={right} y={top} textAnchor="end" fontSize={font.label} fill="#4b5563">
          {view.diagonal}
        </text>
      )}
      {labels.map((label, i) => (
        <OutlinedLabel key={i} label={label} text={points[i]!.text} font={font} />
      ))}
    </g>
  );
}
