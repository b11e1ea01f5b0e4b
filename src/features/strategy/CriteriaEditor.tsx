import { useTranslation } from 'react-i18next';
import type { Project } from '../../domain/project/types';
import { NumberField } from '../../ui/NumberField';
import { AhpPanel } from './AhpPanel';
import { positioningActions as edit } from '../../state/positioningActions';
import { fullReason } from '../../i18n/capacity';
import { FullReason } from '../../ui/FullReason';
import { focusAfterRemove } from '../../ui/focusAfterRemove';

/** The team's own criteria with weights in %, typed or derived from pairwise comparisons. */
export function CriteriaEditor({ project }: { project: Project }) {
  const { t } = useTranslation();
  const criteria = project.strategy.criteria;
  const full = fullReason(t, 'criteria', criteria.length);
  return (
    <div className="criteria-editor" data-remove-scope>
      <h3>{t('strategy.criteria')}</h3>
      <ol className="criteria-list">
        {criteria.map((c, i) => (
          <li key={c.id} data-testid="criterion" data-removable>
            <input
              type="text"
              aria-label={t('strategy.criterionName', { n: i + 1 })}
              value={c.name}
              maxLength={1000}
              onChange={(e) => edit.typeEntry('criteria', c.id, 'name', { name: e.target.value })}
              onBlur={edit.endTyping}
            />
            <NumberField
              label={t('strategy.criterionWeight', { n: i + 1 })}
              value={c.weight === null ? 0 : Math.round(c.weight * 10000) / 100}
              min={0}
              max={100}
              onChange={(v) => edit.typeEntry('criteria', c.id, 'weight', { weight: v / 100 })}
              onCommitEnd={edit.endTyping}
            />
            <button
              type="button"
              className="danger-text"
              onClick={(e) => {
                focusAfterRemove(e.currentTarget);
                edit.removeEntry('criteria', c.id);
              }}
            >
              {t('strategy.removeCriterion', { n: i + 1 })}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        disabled={Boolean(full)}
        aria-describedby={full ? 'criteria-full' : undefined}
        onClick={() => edit.addCriterion(t('strategy.newCriterion'))}
      >
        {t('strategy.addCriterion')}
      </button>
      <FullReason id="criteria-full" reason={full} />
      <AhpPanel project={project} />
    </div>
  );
}
