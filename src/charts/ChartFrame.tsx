import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartView } from '../views/types';
import { ChartExportDialog } from './ChartExportDialog';

interface Texts {
  title: string;
  subtitle: string;
  source?: string;
  /** A short text alternative: what the chart shows, for screen readers. */
  summary: string;
}

/** A chart drawn from a view takes its texts from it, so that it says the same wherever it is drawn. */
type Props = { children: ReactNode } & (
  ({ view?: undefined } & Texts) | { view: ChartView; summary?: undefined }
);

/** Every chart sits in this frame: title, subtitle with units, the chart, a source line. */
export function ChartFrame(props: Props) {
  const { children, view } = props;
  const title = view ? view.title : props.title;
  const subtitle = view ? view.subtitle : props.subtitle;
  const source = view ? view.source : props.source;
  const summary = props.summary ?? view?.summary ?? '';
  const { t } = useTranslation();
  const titleId = useId();
  const [exporting, setExporting] = useState(false);
  return (
    <figure className="chart-frame" aria-labelledby={titleId}>
      <figcaption>
        <div className="chart-head">
          <h3 id={titleId} className="chart-title">
            {title}
          </h3>
          <button
            type="button"
            className="small-button chart-export-button"
            aria-label={t('chartExport.button', { title })}
            onClick={() => setExporting(true)}
          >
            {t('chartExport.short')}
          </button>
        </div>
        <p className="chart-subtitle">{subtitle}</p>
      </figcaption>
      <div className="chart-body" role="img" aria-label={summary || title}>
        {children}
      </div>
      {source && <p className="chart-source">{source}</p>}
      <ChartExportDialog
        open={exporting}
        onClose={() => setExporting(false)}
        chart={children}
        title={title}
        subtitle={subtitle}
        source={source ?? ''}
        view={view}
      />
    </figure>
  );
}
