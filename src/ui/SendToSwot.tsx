import { useTranslation } from 'react-i18next';
import { fullReason } from '../i18n/capacity';

type Target = 'opportunities' | 'threats';

interface Props {
  text: string;
  /** Offer only this direction (a PEST(EL) factor's own); both when absent. */
  direction?: 'opportunity' | 'threat';
  /** The SWOT labels the factor already has; then only they are shown. */
  uses: readonly string[];
  /** How many items each target quadrant holds (a full one refuses, with the reason). */
  counts: Record<Target, number>;
  onSend: (quadrant: Target) => void;
}

/**
 * Sends an environment factor to the SWOT as an opportunity or a threat, and shows where it went
 * ("In SWOT as T2") once it is there. Reads no store: the feature passes what it shows and the action.
 */
export function SendToSwot({ text, direction, uses, counts, onSend: send }: Props) {
  const { t } = useTranslation();
  const full = {
    opportunities: fullReason(t, 'swotItems', counts.opportunities),
    threats: fullReason(t, 'swotItems', counts.threats),
  };
  const shownFull =
    direction === 'threat'
      ? full.threats
      : direction === 'opportunity'
        ? full.opportunities
        : (full.opportunities ?? full.threats);
  if (uses.length > 0)
    return (
      <span className="used-badge" data-testid="used-in-swot">
        {t('common.usedAs', { labels: uses.join(', ') })}
      </span>
    );
  return (
    <span className="send-buttons">
      {direction !== 'threat' && (
        <button
          type="button"
          className="small-button"
          disabled={!text.trim() || Boolean(full.opportunities)}
          title={full.opportunities}
          onClick={() => send('opportunities')}
        >
          {t('common.sendAsOpportunity')}
        </button>
      )}
      {direction !== 'opportunity' && (
        <button
          type="button"
          className="small-button"
          disabled={!text.trim() || Boolean(full.threats)}
          title={full.threats}
          onClick={() => send('threats')}
        >
          {t('common.sendAsThreat')}
        </button>
      )}
      {shownFull && <span className="field-error small">{shownFull}</span>}
    </span>
  );
}
