import { useTranslation } from 'react-i18next';
import { COURSE_CHECKLISTS } from '../../domain/project/checklistSchema';
import type { Project } from '../../domain/project/types';

/** The formulation moves the team ticked, each with how, under the TOWS strategies in the report. */
export function FormulationMovesReport({ project }: { project: Project }) {
  const { t } = useTranslation();
  const ticks = project.checklists.formulationMoves;
  const ticked = COURSE_CHECKLISTS.formulationMoves.filter((item) => ticks[item]?.done);
  return (
    <div className="report-checklist" data-testid="report-formulation-moves">
      <h3>{t('checklists.formulationMoves.heading')}</h3>
      {ticked.length === 0 ? (
        <p className="muted">{t('checklists.formulationMoves.none')}</p>
      ) : (
        <ul>
          {ticked.map((item) => (
            <li key={item}>
              <strong>{t(`checklists.formulationMoves.items.${item}`)}</strong>
              {ticks[item]!.note.trim() && `${t('common.colon')}${ticks[item]!.note}`}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
