import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { COURSE_CHECKLISTS, type Checklists } from '../../domain/project/checklistSchema';
import { LIMITS } from '../../domain/project/limits';
import { checklistActions } from '../../state/checklistActions';

const LIST = 'formulationMoves';

/** The course's formulation moves as a tick list with a note on how each ticked move is made. */
export const FormulationMoves = memo(function FormulationMoves({
  ticks,
}: {
  ticks: Checklists['formulationMoves'];
}) {
  const { t } = useTranslation();
  return (
    <section
      className="course-checklist"
      aria-labelledby="formulation-moves-heading"
      data-testid="formulation-moves"
    >
      <h2 id="formulation-moves-heading">{t('checklists.formulationMoves.heading')}</h2>
      <p className="muted">{t('checklists.formulationMoves.intro')}</p>
      <ul>
        {COURSE_CHECKLISTS[LIST].map((item) => {
          const tick = ticks[item];
          const label = t(`checklists.formulationMoves.items.${item}`);
          return (
            <li key={item}>
              <label>
                <input
                  type="checkbox"
                  checked={tick?.done ?? false}
                  onChange={(e) => checklistActions.tick(LIST, item, e.target.checked)}
                />{' '}
                {label}
              </label>
              <input
                type="text"
                aria-label={t('checklists.noteLabel', { item: label })}
                placeholder={t('checklists.formulationMoves.placeholder')}
                value={tick?.note ?? ''}
                maxLength={LIMITS.noteChars}
                onChange={(e) => checklistActions.typeNote(LIST, item, e.target.value)}
                onBlur={checklistActions.endTyping}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
});
