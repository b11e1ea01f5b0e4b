import { useTranslation } from 'react-i18next';
import type { Project } from '../../domain/project/types';
import { useViewContext } from '../../charts/useViewContext';
import { TARGETING_CONDITIONS, type TargetingCondition } from '../../domain/strategy/targeting';
import { positioningActions } from '../../state/positioningActions';
import { targetingTexts } from '../../views/targetingTexts';

const CONDITIONS = Object.keys(TARGETING_CONDITIONS) as TargetingCondition[];

/**
 * The targeting advisor: the six conditions of choosing undifferentiated, differentiated or concentrated
 * marketing, answered by the team, and the strategy they point to, with each condition's reason.
 */
export function TargetingSection({ answers }: { answers: Project['strategy']['targeting'] }) {
  const { t } = useTranslation();
  const ctx = useViewContext();
  const texts = targetingTexts(answers, ctx);
  return (
    <section className="targeting" aria-labelledby="targeting-heading">
      <h2 id="targeting-heading">{t('targeting.heading')}</h2>
      <p className="intro">{t('targeting.intro')}</p>
      <div className="targeting-grid">
        {CONDITIONS.map((c) => (
          <label key={c} className="stacked">
            {t(`targeting.conditions.${c}`)}
            <select
              value={answers[c] ?? ''}
              onChange={(e) => positioningActions.setTargeting(c, e.target.value || null)}
            >
              <option value="">{t('targeting.unanswered')}</option>
              {TARGETING_CONDITIONS[c].map((o) => (
                <option key={o} value={o}>
                  {t(`targeting.options.${c}.${o}`)}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <p className="targeting-verdict" data-testid="targeting-verdict" role="status">
        {texts.verdict}
      </p>
      {texts.reasons.length > 0 && (
        <ul className="targeting-reasons">
          {texts.reasons.map((r) => (
            <li key={r.condition}>
              {r.answer}
              {t('common.colon')}
              {r.favours}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
