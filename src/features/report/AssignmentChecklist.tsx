import { useTranslation } from 'react-i18next';
import { assignmentChecklist } from '../../domain/project/assignmentChecklist';
import type { Project } from '../../domain/project/types';
import { reportActions } from '../../state/reportActions';

/** What the course's assignments need, ticked from the project; optionally printed on the cover. */
export function AssignmentChecklist({ project, onCover }: { project: Project; onCover?: boolean }) {
  const { t } = useTranslation();
  const checks = assignmentChecklist(project);
  const list = (
    <ul className="assignment-list" data-testid={onCover ? 'cover-checklist' : 'assignment-checklist'}>
      {checks.map((c) => (
        <li key={c.item} className={c.done ? 'done' : 'todo'}>
          <span aria-hidden="true">{c.done ? '✓' : '○'}</span> {t(`report.assignment.items.${c.item}`)}
          <span className="visually-hidden">
            {t('common.colon')}
            {t(c.done ? 'report.assignment.done' : 'report.assignment.todo')}
          </span>
        </li>
      ))}
    </ul>
  );
  if (onCover)
    return (
      <div className="cover-checklist">
        <p>
          <strong>{t('report.assignment.heading')}</strong>
        </p>
        {list}
      </div>
    );
  return (
    <section className="assignment" aria-labelledby="assignment-heading">
      <h2 id="assignment-heading">{t('report.assignment.heading')}</h2>
      {list}
      <label>
        <input
          type="checkbox"
          checked={project.report.checklistOnCover}
          onChange={(e) => reportActions.setChecklistOnCover(e.target.checked)}
        />{' '}
        {t('report.assignment.onCover')}
      </label>
    </section>
  );
}
