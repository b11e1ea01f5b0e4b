import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import { ObjectivesTable } from './ObjectivesTable';
import { StandardsTable } from './StandardsTable';
import './objectives.css';

/** The course's second step: strategic objectives, and the service standards customers can count on. */
export function ObjectivesPage() {
  const { t } = useTranslation();
  const project = useAppStore((s) => s.project);
  if (!project) return null;
  return (
    <div className="page objectives-page">
      <h1>{t('objectives.title')}</h1>
      <p className="intro">{t('objectives.intro')}</p>
      <ObjectivesTable objectives={project.objectives.objectives} />
      <StandardsTable project={project} />
    </div>
  );
}
