import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../charts/ChartFrame';
import { CategoryChart } from '../../charts/CategoryChart';
import { useViewContext } from '../../charts/useViewContext';
import { forcesView } from '../../views/environmentViews';
import { ieMatrixView } from '../../views/ieMatrixView';
import { IeMatrixChart } from '../../charts/IeMatrixChart';
import { PointsChart } from '../../charts/PointsChart';
import { pestelBubbleView } from '../../views/pointsViews';
import { summariseForces } from '../../domain/forces/intensity';
import { factorCodes } from '../../domain/pestel/codes';
import { rankFactors } from '../../domain/pestel/score';
import { FORCES, QUADRANTS, TOWS_CELLS } from '../../domain/project/schema';
import type { Contributor, Project } from '../../domain/project/types';
import { factorMatrix } from '../../domain/swot/factorMatrix';
import { itemLabels, linkLabels } from '../../domain/swot/labels';
import { formatFixed } from '../../i18n/format';
import { FormulationMovesReport } from './FormulationMovesReport';
import { ReportSection, ReportTable } from './ReportSection';
import { Stage } from './stagedRender';
import { useGivenBy } from './useGivenBy';

/** PEST(EL), five forces, SWOT, TOWS and IFE/EFE with the IE matrix. */
/** Memoised: the report re-renders when its last stage is reached, and the charts here need not. */
export const EnvironmentSections = memo(function EnvironmentSections({
  project,
  sections,
}: {
  project: Project;
  /** The sections to draw (by id), so that the report can put them in the course's chapters. */
  sections: readonly string[];
}) {
  const show = (id: string) => sections.includes(id);
  const { t, i18n } = useTranslation();
  const fmt = (v: number | null, d = 2) => (v === null ? '–' : formatFixed(v, i18n.language, d));
  const codes = factorCodes(project.pestel, (c) => t(`pestel.code.${c}`));
  const ranked = rankFactors(project.pestel);
  const forces = summariseForces(project.forces);
  const ctx = useViewContext();
  const forcesRadar = forcesView(project.forces, ctx, 'radar');
  const ie = ieMatrixView(project.swot, ctx);
  const bubbles = pestelBubbleView(project.pestel, ctx);
  const labels = itemLabels(project.swot);
  // Who gave each item in a workshop: a column only where some item of the section has it.
  const swotGivers = useGivenBy(QUADRANTS.map((q) => project.swot[q]));
  const pestelGivers = useGivenBy([project.pestel]);
  const forceGivers = useGivenBy(FORCES.map((f) => project.forces[f]));
  const towsGivers = useGivenBy(TOWS_CELLS.map((c) => project.tows[c]));
  const givers = (g: ReturnType<typeof useGivenBy>, item: { contributors: Contributor[] }) =>
    g.column ? [g.cell(item.contributors)] : [];
  const ife = factorMatrix(project.swot, 'ife');
  const efe = factorMatrix(project.swot, 'efe');
  return (
    <>
      {show('pestel') && (
        <Stage n={1}>
          <ReportSection id="pestel" title={t('pestel.heading')}>
            {bubbles && (
              <ChartFrame view={bubbles}>
                <PointsChart view={bubbles} />
              </ChartFrame>
            )}
            {ranked.length === 0 ? (
              <p className="muted">{t('report.noData')}</p>
            ) : (
              <ReportTable
                caption={t('pestel.ranking')}
                header={[
                  t('csv.category'),
                  t('csv.factor'),
                  t('csv.impact'),
                  t('csv.likelihood'),
                  t('csv.score'),
                  t('csv.note'),
                  ...(pestelGivers.column ? [pestelGivers.header] : []),
                ]}
                rows={ranked.map(({ factor: f, score }) => [
                  `${codes.get(f.id) ?? ''} ${t(`pestel.category.${f.category}`)}`,
                  f.text,
                  f.impact ?? '–',
                  f.likelihood ?? '–',
                  score ?? '–',
                  f.note,
                  ...givers(pestelGivers, f),
                ])}
              />
            )}
          </ReportSection>
        </Stage>
      )}
      {show('forces') && (
        <Stage n={2}>
          <ReportSection id="forces" title={t('forces.heading')}>
            <p>
              {t('report.attractiveness', {
                now: fmt(forces.attractiveness.now, 1),
                future: fmt(forces.attractiveness.future, 1),
              })}
            </p>
            {forcesRadar && (
              <ChartFrame view={forcesRadar}>
                <CategoryChart view={forcesRadar} height={360} />
              </ChartFrame>
            )}
            <ReportTable
              header={[
                t('csv.force'),
                t('csv.driver'),
                t('csv.now'),
                t('csv.future'),
                t('csv.note'),
                ...(forceGivers.column ? [forceGivers.header] : []),
              ]}
              rows={FORCES.flatMap((f) =>
                project.forces[f].map((d) => [
                  t(`forces.short.${f}`),
                  d.text,
                  d.now ?? '–',
                  d.future ?? '–',
                  d.note,
                  ...givers(forceGivers, d),
                ]),
              )}
            />
          </ReportSection>
        </Stage>
      )}
      {show('swot') && (
        <Stage n={3}>
          <ReportSection id="swot" title={t('swot.heading')}>
            {QUADRANTS.map((q) => (
              <ReportTable
                key={q}
                caption={t(`swot.quadrant.${q}`)}
                header={[
                  t('csv.label'),
                  t('csv.text'),
                  t('csv.note'),
                  t('csv.weight'),
                  t('csv.rating'),
                  ...(swotGivers.column ? [swotGivers.header] : []),
                ]}
                rows={project.swot[q].map((item) => [
                  labels.get(item.id) ?? '',
                  item.text,
                  item.note,
                  item.weight === null ? '–' : fmt(item.weight),
                  item.rating ?? '–',
                  ...givers(swotGivers, item),
                ])}
              />
            ))}
          </ReportSection>
        </Stage>
      )}
      {show('tows') && (
        <Stage n={3}>
          <ReportSection id="tows" title={t('tows.heading')}>
            <ReportTable
              header={['', t('csv.text'), t('tows.links'), ...(towsGivers.column ? [towsGivers.header] : [])]}
              rows={TOWS_CELLS.flatMap((cell) =>
                project.tows[cell].map((s, i) => [
                  `${cell}${i + 1}`,
                  s.text,
                  linkLabels(s.links, labels).join(', '),
                  ...givers(towsGivers, s),
                ]),
              )}
            />
            <FormulationMovesReport project={project} />
          </ReportSection>
        </Stage>
      )}
      {show('scoring') && (
        <Stage n={4}>
          <ReportSection id="scoring" title={t('scoring.heading')}>
            {[ife, efe].map((m) => (
              <ReportTable
                key={m.kind}
                caption={`${t(`scoring.${m.kind}`)} · ${t('scoring.total')} ${fmt(m.total)}`}
                header={[
                  t('scoring.factor'),
                  t('scoring.weight'),
                  t('scoring.rating'),
                  t('scoring.weighted'),
                ]}
                rows={m.rows.map((r) => [
                  `${r.label} ${r.text}`,
                  fmt(r.weight),
                  r.rating ?? '–',
                  r.score === null ? '–' : fmt(r.score),
                ])}
              />
            ))}
            <ChartFrame view={ie}>
              <IeMatrixChart view={ie} />
            </ChartFrame>
          </ReportSection>
        </Stage>
      )}
    </>
  );
});
