import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewContext } from '../../charts/useViewContext';
import { scoringView } from '../../domain/strategy/analysis';
import { qspmTable } from '../../views/tables';
import { CsvButton } from '../../ui/CsvButton';
import { currentProject } from '../../state/store';
import type { Project } from '../../domain/project/types';
import type { ScoringView } from '../../domain/strategy/analysis';
import { formatFixed } from '../../i18n/format';
import { CriteriaEditor } from './CriteriaEditor';
import { QspmTable } from './QspmTable';
import { strategyActions } from '../../state/strategyActions';

/** The key factors (QSPM or criteria) and the scores of every alternative. */
export const ScoringPanel = memo(
  function ScoringPanel({ project, view }: { project: Project; view: ScoringView }) {
    const { t, i18n } = useTranslation();
    const ctx = useViewContext();
    const mode = project.strategy.mode;
    const fmt = (v: number) => formatFixed(v, i18n.language, 2);
    const labelOf = (factorId: string) => view.factors.find((f) => f.id === factorId)?.label ?? factorId;
    const sumsOk =
      mode === 'criteria'
        ? Math.abs(view.weightSums.criteria - 1) < 5e-4
        : Math.abs(view.weightSums.internal - 1) < 5e-4 && Math.abs(view.weightSums.external - 1) < 5e-4;
    return (
      <section aria-labelledby="scoring-heading" className="strategy-section">
        <h2 id="scoring-heading">{t('strategy.scoring')}</h2>
        <fieldset className="mode">
          <legend>{t('strategy.mode')}</legend>
          {(['qspm', 'criteria'] as const).map((m) => (
            <label key={m}>
              <input
                type="radio"
                name="strategy-mode"
                checked={mode === m}
                onChange={() => strategyActions.choose({ mode: m })}
              />
              {t(m === 'qspm' ? 'strategy.modeQspm' : 'strategy.modeCriteria')}
            </label>
          ))}
        </fieldset>
        {mode === 'criteria' && <CriteriaEditor project={project} />}
        <p className="muted small">{t(mode === 'qspm' ? 'strategy.qspmHelp' : 'strategy.criteriaHelp')}</p>
        {view.factors.length === 0 ? (
          <p className="empty-help">{t(mode === 'qspm' ? 'strategy.noFactors' : 'strategy.noCriteria')}</p>
        ) : (
          <>
            <p className={sumsOk ? 'good' : 'bad'} data-testid="weight-sums">
              {mode === 'qspm'
                ? t('strategy.weightSums', {
                    internal: fmt(view.weightSums.internal),
                    external: fmt(view.weightSums.external),
                    all: fmt(view.weightSums.internal + view.weightSums.external),
                  })
                : t('strategy.criteriaSum', {
                    sum: formatFixed(view.weightSums.criteria * 100, i18n.language, 1),
                  })}
            </p>
            <p className="page-actions">
              <CsvButton
                current={currentProject}
                table={(p) => qspmTable(p, scoringView(p), ctx)}
                what={t('csv.what.qspm')}
              />
            </p>
            <QspmTable view={view} criteria={mode === 'criteria'} />
            {view.pending > 0 && (
              <p className="muted" data-testid="pending">
                {t('strategy.pending', { count: view.pending })}
              </p>
            )}
            {view.problems.map((problem) => (
              <p key={problem.path} className="alert error" role="alert">
                {t('strategy.badScore', {
                  label: labelOf(String(problem.params?.factor ?? '')),
                  found: problem.params?.found ?? '',
                  min: problem.params?.min ?? 1,
                  max: problem.params?.max ?? 4,
                })}
              </p>
            ))}
          </>
        )}
      </section>
    );
  },
  // Typing an alternative's note or the justification changes neither the scoring nor the AHP judgments.
  (a, b) =>
    a.view === b.view &&
    a.project.strategy.criteria === b.project.strategy.criteria &&
    a.project.strategy.ahp === b.project.strategy.ahp,
);
