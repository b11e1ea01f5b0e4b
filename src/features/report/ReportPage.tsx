import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { endCoalescing } from '../../state/history';
import { useAppStore } from '../../state/store';
import { AppendixSection } from './AppendixSection';
import { ChoiceSections, strategyStage } from './ChoiceSections';
import { EnvironmentSections } from './EnvironmentSections';
import './report.css';
import { StagesProvider, useReached, useStages } from './stagedRender';

const SECTIONS = [
  ['pestel', 'pestel.heading'],
  ['forces', 'forces.heading'],
  ['swot', 'swot.heading'],
  ['tows', 'tows.heading'],
  ['scoring', 'scoring.heading'],
  ['service', 'serviceCost.heading'],
  ['strategy', 'strategy.heading'],
  ['positioning', 'positioning.heading'],
  ['appendix', 'report.appendix'],
] as const;

/** The printable report: cover, contents, every analysis in order, appendix; A4 or Letter. */
export function ReportPage() {
  const { t, i18n } = useTranslation();
  const project = useAppStore((s) => s.project);
  const change = useAppStore((s) => s.change);
  const total = project ? strategyStage(project) + 3 : 1;
  const stages = useStages(total);
  const complete = useReached(total, stages);
  if (!project) return null;
  const { report } = project;
  const set = (field: 'authors' | 'course', value: string) =>
    change((p) => ({ ...p, report: { ...p.report, [field]: value } }), `report:${field}`);
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
              onBlur={endCoalescing}
            />
          </label>
          <label className="stacked">
            {t('report.course')}
            <input
              type="text"
              value={report.course}
              maxLength={1000}
              onChange={(e) => set('course', e.target.value)}
              onBlur={endCoalescing}
            />
          </label>
          <label className="stacked">
            {t('report.paper')}
            <select
              value={report.paper}
              onChange={(e) => {
                endCoalescing();
                change((p) => ({ ...p, report: { ...p.report, paper: e.target.value as 'A4' | 'Letter' } }));
              }}
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
          <EnvironmentSections project={project} />
          <ChoiceSections project={project} />
        </StagesProvider>
        {complete && <AppendixSection project={project} />}
      </article>
    </div>
  );
}
