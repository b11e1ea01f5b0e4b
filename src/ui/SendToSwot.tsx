import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { createId } from '../domain/project/ids';
import type { SwotSource } from '../domain/project/types';
import { itemLabels } from '../domain/swot/labels';
import { sendToSwot, usesOf } from '../domain/swot/sources';
import { endCoalescing } from '../state/history';
import { fullReason } from '../i18n/capacity';
import { useAppStore } from '../state/store';

interface Props {
  source: SwotSource;
  text: string;
  /** Offer only this direction (a PEST(EL) factor's own); both when absent. */
  direction?: 'opportunity' | 'threat';
}

/**
 * Sends an environment factor to the SWOT as an opportunity or a threat, and shows where it went
 * ("In SWOT as T2") once it is there.
 */
export function SendToSwot({ source, text, direction }: Props) {
  const { t } = useTranslation();
  const change = useAppStore((s) => s.change);
  const counts = useAppStore(
    useShallow((s) => ({
      opportunities: s.project?.swot.opportunities.length ?? 0,
      threats: s.project?.swot.threats.length ?? 0,
    })),
  );
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
  const uses = useAppStore(
    useShallow((s) => (s.project ? usesOf(s.project, source).map((u) => u.label) : [])),
  );
  const send = (quadrant: 'opportunities' | 'threats') => {
    const id = createId();
    endCoalescing();
    change((p) => sendToSwot(p, source, text, quadrant, id));
    const project = useAppStore.getState().project;
    const label = project ? itemLabels(project.swot).get(id) : undefined;
    if (label) useAppStore.getState().setNotice(t('common.sentToSwot', { text, label }));
  };
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
