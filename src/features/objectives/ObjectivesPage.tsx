import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import { ObjectivesTable } from './ObjectivesTable';
import { StandardsTable } from './StandardsTable';
import './objectives.css';

type StandardsProps = Parameters<typeof StandardsTable>[0];

// Typing an objective does not redraw the standards: they read only the standards, models and customers.
const Standards = memo(
  StandardsTable,
  (a: StandardsProps, b: StandardsProps) =>
    a.project.objectives.standards === b.project.objectives.standards &&
    a.project.serviceModels === b.project.serviceModels &&
    a.project.customers === b.project.customers,
);

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
      <Standards project={project} />
    </div>
  );
}
