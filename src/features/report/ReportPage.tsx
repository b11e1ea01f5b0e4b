import { memo, type ReactNode } from 'react';
import { chartsDrawn } from '../../ui/usePacedValue';
import { useTranslation } from 'react-i18next';
import { sameExcept } from '../../domain/memo/sameExcept';
import type { Project } from '../../domain/project/types';
import { formatDateTime } from '../../i18n/format';
import { reportActions } from '../../state/reportActions';
import { useAppStore } from '../../state/store';
import { AppendixSection } from './AppendixSection';
import { AssignmentChecklist } from './AssignmentChecklist';
import { LIMITS } from '../../domain/project/limits';
import { ChoiceSections, strategyStage } from './ChoiceSections';
import { CustomerSections } from './CustomerSections';
import { EnvironmentSections } from './EnvironmentSections';
import { ImplementationSections } from './ImplementationSections';
import { ObjectivesSection } from './ObjectivesSection';
import { WorkshopSection } from './WorkshopSection';
import './report.css';
import { Stage, StagesProvider, useReached, useStages } from './stagedRender';

/** The report's chapters are the course's five steps (服务战略的制定流程), each with its sections. */
const CHAPTERS = [
  {
    step: 'environment',
    sections: [
      ['pestel', 'pestel.heading'],
      ['forces', 'forces.heading'],
      ['customers', 'app.customers'],
      ['swot', 'swot.heading'],
      ['scoring', 'scoring.heading'],
    ],
  },
  { step: 'objectives', sections: [['objectives', 'objectives.title']] },
  {
    step: 'formulation',
    sections: [
      ['tows', 'tows.heading'],
      ['service', 'serviceCost.heading'],
      ['positioning', 'positioning.heading'],
    ],
  },
  { step: 'choice', sections: [['strategy', 'strategy.heading']] },
  {
    step: 'implementation',
    sections: [
      ['summary', 'summary.title'],
      ['plan', 'plan.title'],
    ],
  },
] as const;

/** After the chapters: what workshops gave, and the appendix. */
const BACK_MATTER = [
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

function contentsEntry(id: string, key: string) {
  return <ContentsEntry key={id} id={id} label={key} />;
}

function ContentsEntry({ id, label }: { id: string; label: string }) {
  const { t } = useTranslation();
  return (
    <li>
      <a
        href={`#report-${id}`}
        onClick={(e) => {
          e.preventDefault();
          document.getElementById(`report-${id}`)?.scrollIntoView();
        }}
      >
        {t(label)}
      </a>
    </li>
  );
}

/** A chapter of the report: one of the course's five steps, its title and its sections. */
function Chapter({ n, step, children }: { n: number; step: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="report-chapter" aria-labelledby={`chapter-${step}`}>
      <h2 id={`chapter-${step}`} className="report-chapter-title">
        {t('report.chapter', { n, name: t(`steps.names.${step}`) })}
      </h2>
      {children}
    </section>
  );
}

/** The printable report: cover, contents, the course's five steps as chapters, appendix; A4 or Letter. */
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
          <button
            type="button"
            className="primary"
            onClick={() => void chartsDrawn().then(() => window.print())}
          >
            {t('report.print')}
          </button>
        </div>
        <label className="stacked case-description">
          {t('report.caseDescription')}
          <textarea
            value={project.description}
            maxLength={LIMITS.noteChars}
            onChange={(e) => reportActions.typeDescription(e.target.value)}
            onBlur={reportActions.endTyping}
          />
        </label>
        <AssignmentChecklist project={project} />
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
          {report.checklistOnCover && <AssignmentChecklist project={project} onCover />}
        </header>
        <nav className="report-contents" aria-labelledby="report-contents-heading">
          <h2 id="report-contents-heading">{t('report.contents')}</h2>
          <ol>
            {CHAPTERS.map((chapter, i) => (
              <li key={chapter.step}>
                {t('report.chapter', { n: i + 1, name: t(`steps.names.${chapter.step}`) })}
                <ol>{chapter.sections.map(([id, key]) => contentsEntry(id, key))}</ol>
              </li>
            ))}
            {BACK_MATTER.map(([id, key]) => contentsEntry(id, key))}
          </ol>
        </nav>
        <StagesProvider stages={stages}>
          <Chapter n={1} step="environment">
            <Environment project={project} sections={['pestel', 'forces']} />
            <Stage n={5}>
              <Customers project={project} />
            </Stage>
            <Environment project={project} sections={['swot', 'scoring']} />
          </Chapter>
          <Chapter n={2} step="objectives">
            <Stage n={5}>
              <Objectives project={project} />
            </Stage>
          </Chapter>
          <Chapter n={3} step="formulation">
            <Environment project={project} sections={['tows']} />
            <Choice project={project} sections={['service', 'positioning']} />
          </Chapter>
          <Chapter n={4} step="choice">
            <Choice project={project} sections={['strategy']} />
          </Chapter>
        </StagesProvider>
        <Chapter n={5} step="implementation">
          {complete && <Implementation project={project} />}
        </Chapter>
        {complete && <Workshop project={project} />}
        {complete && <Appendix project={project} />}
      </article>
    </div>
  );
}
