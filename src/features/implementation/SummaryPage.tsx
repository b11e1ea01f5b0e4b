import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewContext } from '../../charts/useViewContext';
import { strategyParts } from '../../domain/implementation/strategyParts';
import { LIMITS } from '../../domain/project/limits';
import { createModelEvaluator } from '../../domain/service-cost/models';
import { implementationActions as act } from '../../state/implementationActions';
import { useAppStore } from '../../state/store';
import { strategyPartsTexts, type PartLine } from '../../views/strategyPartsTexts';
import './implementation.css';

/**
 * The service strategy in the course's six parts, assembled from the project: what each part already holds and
 * what it lacks, each with a link to the page where it is made. The service philosophy is written here.
 */
export function SummaryPage() {
  const { t } = useTranslation();
  const ctx = useViewContext();
  const philosophyId = useId();
  const project = useAppStore((s) => s.project);
  // The linked call centres are evaluated once until they change, not on every keystroke in the philosophy.
  const [evaluate] = useState(createModelEvaluator);
  const parts = useMemo(
    () => (project ? strategyPartsTexts(strategyParts(project, evaluate), project, ctx) : []),
    [project, evaluate, ctx],
  );
  if (!project) return null;
  const line = (l: PartLine, i: number) => (
    <li key={i}>
      {l.text}{' '}
      {l.page !== 'summary' && (
        <a href={`#/p/${project.id}/${l.page}`} className="part-link">
          {t('summary.go', { page: t(`app.${l.page}`) })}
        </a>
      )}
    </li>
  );
  return (
    <div className="page summary-page">
      <h1>{t('summary.title')}</h1>
      <p className="intro">{t('summary.intro')}</p>
      <ol className="summary-parts">
        {parts.map((p, i) => (
          <li
            key={p.part}
            className="summary-part"
            data-testid="strategy-part"
            aria-labelledby={`part-${p.part}`}
          >
            <h2 id={`part-${p.part}`}>
              {i + 1}. {p.title}
              <span className={`summary-state ${p.missing.length > 0 ? 'missing' : 'done'}`}>
                {p.missing.length > 0
                  ? t('summary.partState', { n: ctx.number(p.missing.length) })
                  : t('summary.partDone')}
              </span>
            </h2>
            <p className="muted">{p.about}</p>
            {p.part === 'philosophy' && (
              <div className="philosophy-field">
                <label htmlFor={philosophyId}>{t('summary.philosophyLabel')}</label>
                <textarea
                  id={philosophyId}
                  value={project.implementation.philosophy}
                  placeholder={t('summary.philosophyHint')}
                  maxLength={LIMITS.noteChars}
                  onChange={(e) => act.typePhilosophy(e.target.value)}
                  onBlur={act.endTyping}
                />
              </div>
            )}
            <h3>{t('summary.has')}</h3>
            {p.facts.length > 0 ? (
              <ul>{p.facts.map(line)}</ul>
            ) : (
              <p className="muted">{t('summary.nothing')}</p>
            )}
            <h3>{t('summary.lacks')}</h3>
            {p.missing.length > 0 ? (
              <ul className="summary-missing" data-testid="part-missing">
                {p.missing.map(line)}
              </ul>
            ) : (
              <p className="ok-note">{t('summary.complete')}</p>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
