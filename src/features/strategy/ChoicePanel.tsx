import { useTranslation } from 'react-i18next';
import type { Project } from '../../domain/project/types';
import type { ScoringView } from '../../domain/strategy/analysis';
import { alternativeName, positioningStatement } from '../../views/names';
import type { Translate } from '../../views/types';
import { strategyActions } from '../../state/strategyActions';

/** The chosen alternative, the team's justification, and the positioning statement it leads to. */
export function ChoicePanel({ project, view }: { project: Project; view: ScoringView }) {
  const { t } = useTranslation();
  const { alternatives, chosenId, justification, brand } = project.strategy;
  const chosen = alternatives.find((a) => a.id === chosenId) ?? null;
  const leader = alternatives.find((a) => a.id === view.ranking[0]) ?? null;
  return (
    <section aria-labelledby="choice-heading" className="strategy-section">
      <h2 id="choice-heading">{t('strategy.choice')}</h2>
      <label className="stacked">
        {t('strategy.chosen')}
        <select
          value={chosenId ?? ''}
          onChange={(e) => strategyActions.choose({ chosenId: e.target.value || null })}
        >
          <option value="">{t('strategy.chooseNone')}</option>
          {alternatives.map((a) => (
            <option key={a.id} value={a.id}>
              {alternativeName(a, t)}
            </option>
          ))}
        </select>
      </label>
      {chosen && leader && view.pending < view.factors.length && chosen.id !== leader.id && (
        <p className="alert" role="status">
          {t('strategy.chosenNotLeader', {
            name: alternativeName(chosen, t),
            leader: alternativeName(leader, t),
          })}
        </p>
      )}
      <label className="stacked">
        {t('strategy.justification')}
        <textarea
          rows={4}
          value={justification}
          maxLength={5000}
          onChange={(e) => strategyActions.typeStrategy('justification', { justification: e.target.value })}
          onBlur={strategyActions.endTyping}
        />
      </label>
      {chosen && (
        <fieldset className="statement">
          <legend>{t('strategy.statement')}</legend>
          <label className="stacked">
            {t('strategy.brand')}
            <input
              type="text"
              value={brand}
              maxLength={200}
              onChange={(e) => strategyActions.typeStrategy('brand', { brand: e.target.value })}
              onBlur={strategyActions.endTyping}
            />
          </label>
          {(['target', 'concept', 'difference'] as const).map((field) => (
            <label key={field} className="stacked">
              {t(`strategy.${field}`)}
              <input
                type="text"
                value={chosen.statement[field]}
                maxLength={1000}
                placeholder={field === 'target' ? chosen.segment : undefined}
                onChange={(e) => strategyActions.typeStatement(chosen.id, field, e.target.value)}
                onBlur={strategyActions.endTyping}
              />
            </label>
          ))}
          <blockquote className="statement-text" data-testid="statement">
            {positioningStatement(project, chosen, t as Translate)}
          </blockquote>
        </fieldset>
      )}
    </section>
  );
}
