import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../domain/project/types';
import { towsOptions } from '../../domain/strategy/towsOptions';
import { strategyActions } from '../../state/strategyActions';

/** Promotes a TOWS strategy to an alternative. Apart, so that typing in a card does not redraw its 400 options. */
export const PromoteTows = memo(function PromoteTows({
  tows,
  full,
}: {
  tows: Project['tows'];
  full: string | undefined;
}) {
  const { t } = useTranslation();
  const [promoteId, setPromoteId] = useState('');
  const options = towsOptions(tows);
  const promoted = options.find((o) => o.id === promoteId);
  if (options.length === 0) return null;
  return (
    <span className="promote">
      <select
        aria-label={t('strategy.promoteLabel')}
        value={promoteId}
        onChange={(e) => setPromoteId(e.target.value)}
      >
        <option value="">{t('strategy.promoteNone')}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}: {o.text}
          </option>
        ))}
      </select>
      <button
        type="button"
        disabled={!promoted || Boolean(full)}
        aria-describedby={full ? 'alternatives-full' : undefined}
        onClick={() => {
          if (!promoted) return;
          strategyActions.addAlternative('custom', promoted.text.slice(0, 200), promoted.id);
          setPromoteId('');
        }}
      >
        {t('strategy.promoteButton')}
      </button>
    </span>
  );
});
