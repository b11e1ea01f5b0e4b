import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartExportDialog } from './ChartExportDialog';

interface Props {
  title: string;
  subtitle: string;
  source?: string;
  children: ReactNode;
  /** A short text alternative: what the chart shows, for screen readers. */
  summary: string;
  /** The PowerPoint deck's slide of this chart (see deckSlides), offered as an editable chart. */
  deckSlide?: string;
}

/** Every chart sits in this frame: title, subtitle with units, the chart, a source line. */
export function ChartFrame({ title, subtitle, source, children, summary, deckSlide }: Props) {
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
        deckSlide={deckSlide}
      />
    </figure>
  );
}
