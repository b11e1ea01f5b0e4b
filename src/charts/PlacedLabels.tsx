import { useXAxisScale, useYAxisScale, usePlotArea } from 'recharts';
import type { PointsView } from '../views/types';
import { FONT } from '../views/theme';
import { layoutLabels, textWidth } from '../views/textFit';
import { OutlinedLabel } from './positioningMarks';

/** Bubble areas in px² as the chart's ZAxis draws them, smallest to largest. */
export const BUBBLE_AREA = [120, 1400] as const;

/** A point's radius in px: a bubble's from its size, as recharts sizes it; else a plain mark's. */
function radius(view: PointsView, size: number | undefined): number {
  if (!view.sizes || size === undefined) return 8;
  const { min, max } = view.sizes;
  const share = Math.max(0, Math.min(1, (size - min) / (max - min || 1)));
  return Math.sqrt((BUBBLE_AREA[0] + share * (BUBBLE_AREA[1] - BUBBLE_AREA[0])) / Math.PI);
}

/**
 * The diagonal's name, and the points' names beside them, placed by the same rule as on a slide (right, left, above or below the
 * bubble, whichever is clear of names placed before it): drawn inside the chart from its own scales.
 */
export function PlacedLabels({ view }: { view: PointsView }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const plot = usePlotArea();
  if (!x || !y || !plot) return null;
  const points =
    view.labels === 'beside'
      ? view.groups.flatMap((g) =>
          g.points.map((p) => ({ x: x(p.x) ?? 0, y: y(p.y) ?? 0, text: p.label, r: radius(view, p.size) })),
        )
      : [];
  // The diagonal's name sits in the plot's top right corner; names keep clear of it.
  const right = plot.x + plot.width - 4;
  const top = plot.y + FONT.label + 2;
  const diagonal = view.diagonal
    ? [{ left: right - textWidth(view.diagonal, FONT.label), right, top: top - FONT.label, bottom: top + 3 }]
    : [];
  const labels = layoutLabels(points, FONT.label, plot.x + plot.width, diagonal);
  return (
    <g className="placed-labels">
      {view.diagonal && (
        <text x={right} y={top} textAnchor="end" fontSize={FONT.label} fill="#4b5563">
          {view.diagonal}
        </text>
      )}
      {labels.map((label, i) => (
        <OutlinedLabel key={i} label={label} text={points[i]!.text} />
      ))}
    </g>
  );
}
