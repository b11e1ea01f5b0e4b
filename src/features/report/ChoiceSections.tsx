import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../charts/ChartFrame';
import { CategoryChart } from '../../charts/CategoryChart';
import { cpmView, qspmView, valueCurveView } from '../../views/strategyViews';
import { NineCellChart } from '../../charts/NineCellChart';
import { MapKey } from '../../charts/positioningMarks';
import { positioningView } from '../../views/positioningView';
import { targetingTexts } from '../../views/targetingTexts';
import { TornadoChart } from '../../charts/TornadoChart';
import { useViewContext } from '../../charts/useViewContext';
import { tornadoView } from '../../views/tornadoView';
import type { Project } from '../../domain/project/types';
import { scoringViewOf } from '../../domain/strategy/analysis';
import { clockRoute, priceQualityCell } from '../../domain/strategy/positioning';
import {
  alternativeName,
  cpmScores,
  placedPlayers,
  positioningStatement,
  valueCanvas,
} from '../../views/names';
import type { Translate } from '../../views/types';
import { formatFixed } from '../../i18n/format';
import { ReportSection, ReportTable } from './ReportSection';
import { useGivenBy } from './useGivenBy';
import { ReportModel } from './ReportModel';
import { Stage } from './stagedRender';
import { own } from '../../domain/project/own';

/** Service level vs cost, the strategy choice and positioning. */
/** The report stage at which the strategy section renders: after one stage per service model. */
export const strategyStage = (project: Project) => 6 + Math.max(project.serviceModels.length, 1);

/** Memoised: the report re-renders when its last stage is reached, and the charts here need not. */
export const ChoiceSections = memo(function ChoiceSections({
  project,
  sections,
}: {
  project: Project;
  /** The sections to draw (by id), so that the report can put them in the course's chapters. */
  sections: readonly string[];
}) {
  const show = (id: string) => sections.includes(id);
  const { t, i18n } = useTranslation();
  const tr = t as Translate;
  const fmt = (v: number | null | undefined, d = 2) =>
    v === null || v === undefined ? '–' : formatFixed(v, i18n.language, d);
  const view = scoringViewOf(project);
  const ctx = useViewContext();
  const tornado = tornadoView(project, view, ctx);
  const cpmChart = cpmView(project, ctx);
  const qspm = qspmView(project, view, ctx);
  const canvas = valueCurveView(project, ctx);
  const map = positioningView(project, ctx);
  const targeting = targetingTexts(project.strategy.targeting, ctx);
  const { alternatives, cpm, valueFactors, chosenId } = project.strategy;
  const name = (id: string) =>
    alternativeName(
      alternatives.find((a) => a.id === id)!,
      tr,
    );
  const chosen = alternatives.find((a) => a.id === chosenId) ?? null;
  const players = placedPlayers(project, tr).placed;
  const { players: cpmPlayers, totals } = cpmScores(project, tr);
  const { alternative: curveAlt, grid } = valueCanvas(project, tr);
  const factorName = (id: string) => valueFactors.find((f) => f.id === id)?.name ?? id;
  const valueGivers = useGivenBy([valueFactors]);
  return (
    <>
      {show('service') && (
        <Stage n={6}>
          <ReportSection id="service" title={t('serviceCost.heading')}>
            {project.serviceModels.length === 0 && <p className="muted">{t('report.noData')}</p>}
            {project.serviceModels.map((model, index) => (
              // One model's curves per task: a call centre's curve is the heaviest part of the report.
              <Stage key={model.id} n={6 + index}>
                <ReportModel model={model} />
              </Stage>
            ))}
          </ReportSection>
        </Stage>
      )}
      {show('strategy') && (
        <Stage n={strategyStage(project)}>
          <ReportSection id="strategy" title={t('strategy.heading')}>
            {view.factors.length === 0 ? (
              <p className="muted">{t('report.noData')}</p>
            ) : (
              <ReportTable
                caption={`QSPM · ${t('strategy.sumTas')}: ${view.ranking.map((id) => `${name(id)} ${fmt(view.totals[id])}`).join(' · ')}`}
                header={[
                  t('strategy.factor'),
                  t('strategy.weight'),
                  ...alternatives.map((a) => `${alternativeName(a, tr)} AS / TAS`),
                ]}
                rows={view.factors.map((f) => [
                  `${f.label} ${f.text}`,
                  fmt(f.weight),
                  ...alternatives.map((a) => {
                    const s = own(a.scores, f.id);
                    return s === undefined
                      ? '?'
                      : s === null
                        ? '—'
                        : `${s} / ${fmt(view.tas[a.id]?.[f.id] ?? s * f.weight)}`;
                  }),
                ])}
              />
            )}
            {qspm && (
              <ChartFrame view={qspm}>
                <CategoryChart view={qspm} />
              </ChartFrame>
            )}
            {tornado && (
              <ChartFrame view={tornado}>
                <TornadoChart view={tornado} />
              </ChartFrame>
            )}
            {chosen && (
              <div className="report-choice">
                <h3>
                  {t('strategy.chosen')}: {alternativeName(chosen, tr)}
                </h3>
                <blockquote className="statement-text">
                  {positioningStatement(project, chosen, tr)}
                </blockquote>
                <p className="report-notes">{project.strategy.justification}</p>
              </div>
            )}
            <ReportTable
              caption={t('strategy.alternatives')}
              header={[t('strategy.alternatives'), t('strategy.levers'), t('strategy.note')]}
              rows={alternatives.map((a) => [
                alternativeName(a, tr),
                a.levers
                  .filter((l) => l.done)
                  .map((l) => `${t(`strategy.lever.${l.key}`)}${l.note ? `: ${l.note}` : ''}`)
                  .join('; '),
                [a.segment, a.underserved, a.note].filter(Boolean).join(' · '),
              ])}
            />
          </ReportSection>
        </Stage>
      )}
      {show('positioning') && (
        <Stage n={strategyStage(project) + 1}>
          <ReportSection id="positioning" title={t('positioning.heading')}>
            <h3>{t('targeting.reportHeading')}</h3>
            <p>{targeting.verdict}</p>
            <ReportTable
              header={[t('targeting.condition'), t('targeting.answer'), t('targeting.favours')]}
              rows={targeting.reasons.map((r) => [r.condition, r.answer, r.favours])}
              numeric={[false, false, false]}
            />
            <ReportTable
              header={[
                t('positioning.player'),
                t('positioning.price'),
                t('positioning.quality'),
                t('positioning.colCell'),
                t('positioning.colRoute'),
              ]}
              rows={players.map((p) => [
                p.name,
                p.price,
                p.quality,
                t(`positioning.cell.${priceQualityCell(p.quality, p.price)}`),
                t(`positioning.route.${clockRoute(p.price, p.quality)}`),
              ])}
            />
            {map && (
              <ChartFrame view={map}>
                <MapKey view={map} />
                <NineCellChart view={map} />
              </ChartFrame>
            )}
            {/* The maps and the profiles render in separate tasks: together they held the thread for 0.4 s. */}
            {cpmChart && (
              <Stage n={strategyStage(project) + 2}>
                <ChartFrame view={cpmChart}>
                  <CategoryChart view={cpmChart} height={460} />
                </ChartFrame>
              </Stage>
            )}
            {cpm.length > 0 && (
              <ReportTable
                caption={`${t('positioning.cpm')} · ${t('positioning.cpmTotal')}: ${cpmPlayers.map((p) => `${p.name} ${fmt(totals[p.id])}`).join(' · ')}`}
                header={[t('positioning.csf'), t('strategy.weight'), ...cpmPlayers.map((p) => p.name)]}
                rows={cpm.map((f) => [
                  f.name,
                  fmt(f.weight),
                  ...cpmPlayers.map((p) => own(f.ratings, p.id) ?? '–'),
                ])}
              />
            )}
            {canvas && (
              <Stage n={strategyStage(project) + 2}>
                <ChartFrame view={canvas}>
                  <CategoryChart view={canvas} height={440} />
                </ChartFrame>
              </Stage>
            )}
            {valueGivers.column && (
              <ReportTable
                header={[t('positioning.valueFactor'), valueGivers.header]}
                rows={valueFactors.map((f) => [f.name, valueGivers.cell(f.contributors)])}
              />
            )}
            {grid && curveAlt && (
              <ReportTable
                caption={t('positioning.errc', { name: alternativeName(curveAlt, tr) })}
                header={(['eliminate', 'reduce', 'raise', 'create'] as const).map((a) =>
                  t(`positioning.errcAction.${a}`),
                )}
                rows={[
                  (['eliminate', 'reduce', 'raise', 'create'] as const).map(
                    (a) => grid[a].map(factorName).join(', ') || t('positioning.errcEmpty'),
                  ),
                ]}
              />
            )}
          </ReportSection>
        </Stage>
      )}
    </>
  );
});
