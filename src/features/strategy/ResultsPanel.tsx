import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../charts/ChartFrame';
import { CategoryChart } from '../../charts/CategoryChart';
import { useViewContext } from '../../charts/useViewContext';
import { qspmView } from '../../views/strategyViews';
import type { Project } from '../../domain/project/types';
import type { ScoringView } from '../../domain/strategy/analysis';
import { formatFixed } from '../../i18n/format';
import { alternativeName } from '../../views/names';

/** The ranking and the stacked bars of TAS by key factor per alternative. */
export function ResultsPanel({ project, view }: { project: Project; view: ScoringView }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const format = useCallback((v: number) => formatFixed(v, language, 2), [language]);
  const alternatives = project.strategy.alternatives;
  const byId = new Map(alternatives.map((a) => [a.id, a]));
  const name = (id: string) => alternativeName(byId.get(id)!, t);
  const ctx = useViewContext();
  const chart = qspmView(project, view, ctx);
  const drawn = view.counted.factors.filter((f) => view.status[f.id] === 'complete');
  if (drawn.length === 0 || alternatives.length === 0) return null;
  const [first, second] = view.ranking;
  const leaderText =
    first && second
      ? t('strategy.leaderText', {
          name: name(first),
          total: format(view.totals[first]!),
          second: name(second),
          secondTotal: format(view.totals[second]!),
        })
      : '';
  return (
    <section aria-labelledby="ranking-heading" className="strategy-section">
      <h2 id="ranking-heading">{t('strategy.ranking')}</h2>
      <ol className="ranking" data-testid="ranking">
        {view.ranking.map((id) => (
          <li key={id}>
            <strong>{name(id)}</strong> {format(view.totals[id]!)}
          </li>
        ))}
      </ol>
      <p data-testid="leader-text">{leaderText}</p>
      {chart && (
        <ChartFrame view={chart}>
          <CategoryChart view={chart} />
        </ChartFrame>
      )}
    </section>
  );
}
