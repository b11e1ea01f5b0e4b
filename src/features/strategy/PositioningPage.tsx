import { useTranslation } from 'react-i18next';
import './strategy.css';

/** Positioning: players, price–quality cells, strategy clock, CPM and value curves. */
export function PositioningPage() {
  const { t } = useTranslation();
  return (
    <div className="page positioning-page">
      <h1>{t('positioning.heading')}</h1>
      <p className="intro">{t('positioning.intro')}</p>
    </div>
  );
}
