import { useId, type ReactNode } from 'react';

interface Props {
  title: string;
  subtitle: string;
  source?: string;
  children: ReactNode;
  /** A short text alternative: what the chart shows, for screen readers. */
  summary: string;
}

/** Every chart sits in this frame: title, subtitle with units, the chart, a source line. */
export function ChartFrame({ title, subtitle, source, children, summary }: Props) {
  const titleId = useId();
  return (
    <figure className="chart-frame" aria-labelledby={titleId}>
      <figcaption>
        <h3 id={titleId} className="chart-title">
          {title}
        </h3>
        <p className="chart-subtitle">{subtitle}</p>
      </figcaption>
      <div className="chart-body" role="img" aria-label={summary}>
        {children}
      </div>
      {source && <p className="chart-source">{source}</p>}
    </figure>
  );
}
