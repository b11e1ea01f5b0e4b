import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { sameExcept } from '../../domain/memo/sameExcept';
import type { Project } from '../../domain/project/types';
import { formatDateTime } from '../../i18n/format';
import { reportActions } from '../../state/reportActions';
import { useAppStore } from '../../state/store';
import { AppendixSection } from './AppendixSection';
import { ChoiceSections, strategyStage } from './ChoiceSections';
import { CustomerSections } from './CustomerSections';
import { EnvironmentSections } from './EnvironmentSections';
import { ImplementationSections } from './ImplementationSections';
import { ObjectivesSection } from './ObjectivesSection';
import { WorkshopSection } from './WorkshopSection';
import './report.css';
import { Stage, StagesProvider, useReached, useStages } from './stagedRender';

const SECTIONS = [
  ['pestel', 'pestel.heading'],
  ['forces', 'forces.heading'],
  ['swot', 'swot.heading'],
  ['tows', 'tows.heading'],
  ['scoring', 'scoring.heading'],
  ['customers', 'app.customers'],
  ['objectives', 'objectives.title'],
  ['service', 'serviceCost.heading'],
  ['strategy', 'strategy.heading'],
  ['positioning', 'positioning.heading'],
  ['summary', 'summary.title'],
  ['plan', 'plan.title'],
  ['workshop', 'workshop.heading'],
  ['appendix', 'report.appendix'],
] as const;

// The analyses do not show the cover fields: typing the authors redraws only the cover.
const sameAnalyses = (a: { project: Project }, b: { project: Project }) =>
  sameExcept(a.project, b.project, ['report', 'updatedAt']);
const Environment = memo(EnvironmentSections, sameAnalyses);
const Choice = memo(ChoiceSections, sameAnalyses);
const Customers = memo(CustomerSections, sameAnalyses);
const Appendix = memo(AppendixSection, sameAnalyses);
const Objectives = memo(ObjectivesSection, sameAnalyses);
const Workshop = memo(WorkshopSection, sameAnalyses);
const Implementation = memo(ImplementationSections, sameAnalyses);

/** The printable report: cover, contents, every analysis in order, appendix; A4 or Letter. */
export function ReportPage() {
  const { t, i18n } = useTranslation();
  const project = useAppStore((s) => s.project);
  const total = project ? strategyStage(project) + 3 : 1;
  const stages = useStages(total);
  const complete = useReached(total, stages);
  if (!project) return null;
  const { report } = project;
  const set = reportActions.typeField;
  return (
    <div className="page report-page">
      {/* The paper size of the print dialog follows the choice (CSS @page cannot read a class). */}
      <style>{`@page { size: ${report.paper === 'Letter' ? 'letter' : 'A4'}; margin: 16mm 15mm; }`}</style>
      <div className="report-controls no-print">
        <h1>{t('report.heading')}</h1>
        <p className="intro">{t('report.intro')}</p>
        <div className="report-fields">
          <label className="stacked">
            {t('report.authors')}
            <input
              type="text"
              value={report.authors}
              maxLength={1000}
              onChange={(e) => set('authors', e.target.value)}
              onBlur={reportActions.endTyping}
            />
          </label>
          <label className="stacked">
            {t('report.course')}
            <input
              type="text"
              value={report.course}
              maxLength={1000}
              onChange={(e) => set('course', e.target.value)}
              onBlur={reportActions.endTyping}
            />
          </label>
          <label className="stacked">
            {t('report.paper')}
            <select
              value={report.paper}
              onChange={(e) => reportActions.setPaper(e.target.value as 'A4' | 'Letter')}
            >
              <option value="A4">{t('report.paperA4')}</option>
              <option value="Letter">{t('report.paperLetter')}</option>
            </select>
          </label>
          <button type="button" className="primary" onClick={() => window.print()}>
            {t('report.print')}
          </button>
        </div>
      </div>
      <article
        className={`report paper-${report.paper}`}
        lang={i18n.language}
        data-testid="report"
        data-complete={complete}
      >
        <header className="report-cover">
          <p className="report-kind">{t('report.reportTitle')}</p>
          <h1 className="report-title">{project.name}</h1>
          {project.description && <p className="report-description">{project.description}</p>}
          {report.authors && <p>{t('report.preparedBy', { authors: report.authors })}</p>}
          {report.course && <p>{t('report.forCourse', { course: report.course })}</p>}
          <p className="muted">{formatDateTime(project.updatedAt, i18n.language)}</p>
        </header>
        <nav className="report-contents" aria-labelledby="report-contents-heading">
          <h2 id="report-contents-heading">{t('report.contents')}</h2>
          <ol>
            {SECTIONS.map(([id, key]) => (
              <li key={id}>
                <a
                  href={`#report-${id}`}
                  onClick={(e) => {
                    e.preventDefault();
                    document.getElementById(`report-${id}`)?.scrollIntoView();
                  }}
                >
                  {t(key)}
                </a>
              </li>
            ))}
          </ol>
        </nav>
        <StagesProvider stages={stages}>
          <Environment project={project} />
          <Stage n={5}>
            <Customers project={project} />
            <Objectives project={project} />
          </Stage>
          <Choice project={project} />
        </StagesProvider>
        {complete && <Implementation project={project} />}
        {complete && <Workshop project={project} />}
        {complete && <Appendix project={project} />}
      </article>
    </div>
  );
}
