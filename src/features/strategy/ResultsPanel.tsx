import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../charts/ChartFrame';
import { groupColour, TasStackedBarChart } from '../../charts/TasStackedBarChart';
import { QUADRANTS } from '../../domain/project/schema';
import type { Project } from '../../domain/project/types';
import type { ScoringView } from '../../domain/strategy/analysis';
import { formatFixed } from '../../i18n/format';
import { alternativeName } from '../../views/names';

const QUADRANT_OF: Record<string, (typeof QUADRANTS)[number]> = {
  S: 'strengths',
  W: 'weaknesses',
  O: 'opportunities',
  T: 'threats',
};

/** The ranking and the stacked bars of TAS by key factor per alternative. */
export function ResultsPanel({ project, view }: { project: Project; view: ScoringView }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const format = useCallback((v: number) => formatFixed(v, language, 2), [language]);
  const alternatives = project.strategy.alternatives;
  const byId = new Map(alternatives.map((a) => [a.id, a]));
  const name = (id: string) => alternativeName(byId.get(id)!, t);
  const drawn = view.counted.factors.filter((f) => view.status[f.id] === 'complete');
  const data = alternatives.map((a) => ({
    name: alternativeName(a, t),
    ...Object.fromEntries(drawn.map((f) => [f.id, view.tas[a.id]?.[f.id] ?? 0])),
  }));
  if (drawn.length === 0 || alternatives.length === 0) return null;
  const groups = QUADRANTS.filter((q) => drawn.some((f) => QUADRANT_OF[f.label[0]!] === q));
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
      <ChartFrame
        title={t('strategy.tasChartTitle', { name: first ? name(first) : '' })}
        subtitle={t('strategy.tasChartSubtitle')}
        source={t('strategy.source')}
        deckSlide="qspm"
        summary={leaderText}
      >
        <TasStackedBarChart
          data={data}
          factors={drawn.map((f) => ({
            id: f.id,
            label: `${f.label} ${f.text}`,
            short: f.label,
            group: f.group === 'criteria' ? 'criteria' : QUADRANT_OF[f.label[0]!]!,
          }))}
          legend={groups.map((g) => ({ label: t(`swot.quadrant.${g}`), colour: groupColour(g) }))}
          axisLabel={t('strategy.tasAxis')}
          format={format}
        />
      </ChartFrame>
    </section>
  );
}
