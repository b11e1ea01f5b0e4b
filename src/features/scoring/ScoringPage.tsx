import { useMemo } from 'react';
import { swotTable } from '../../views/tables';
import { useTranslation } from 'react-i18next';
import { CsvButton } from '../../ui/CsvButton';
import { ChartFrame } from '../../charts/ChartFrame';
import { IeMatrixChart } from '../../charts/IeMatrixChart';
import { CategoryChart } from '../../charts/CategoryChart';
import { useViewContext } from '../../charts/useViewContext';
import { ifeEfeView } from '../../views/environmentViews';
import { ieMatrixView } from '../../views/ieMatrixView';
import { factorMatrix } from '../../domain/swot/factorMatrix';
import { ieMatrixCell } from '../../domain/swot/scoring';
import { currentProject, useAppStore } from '../../state/store';
import { MatrixTable } from './MatrixTable';

/** IFE and EFE matrices from the SWOT, their totals against the 2.5 average, and the IE matrix. */
export function ScoringPage() {
  const { t } = useTranslation();
  const swot = useAppStore((s) => s.project?.swot);
  const ife = useMemo(() => (swot ? factorMatrix(swot, 'ife') : null), [swot]);
  const efe = useMemo(() => (swot ? factorMatrix(swot, 'efe') : null), [swot]);
  const ctx = useViewContext();
  const totals = useMemo(() => (swot ? ifeEfeView(swot, ctx) : null), [swot, ctx]);
  const ieView = useMemo(() => (swot ? ieMatrixView(swot, ctx) : null), [swot, ctx]);
  if (!ife || !efe || !ieView) return null;
  const ie = ieView;
  const placed =
    ife.valid && efe.valid ? { ife: ife.total, efe: efe.total, ...ieMatrixCell(ife.total, efe.total) } : null;
  const prescriptionLabels = {
    'grow-build': t('scoring.prescription.grow-build'),
    'hold-maintain': t('scoring.prescription.hold-maintain'),
    'harvest-divest': t('scoring.prescription.harvest-divest'),
  };
  return (
    <div className="page scoring-page">
      <h1>{t('scoring.heading')}</h1>
      <p className="intro">{t('scoring.intro')}</p>
      <p className="page-actions">
        <CsvButton current={currentProject} table={(p) => swotTable(p.swot, ctx)} what={t('csv.what.swot')} />
      </p>
      <div className="chart-row">
        <MatrixTable matrix={ife} />
        <MatrixTable matrix={efe} />
      </div>
      <div className="chart-row">
        <ChartFrame view={ie}>
          <p className="ie-verdict" data-testid="ie-verdict">
            {placed ? (
              <strong>
                {t('scoring.iePosition', {
                  cell: placed.cell,
                  prescription: prescriptionLabels[placed.prescription],
                })}
              </strong>
            ) : (
              t('scoring.iePending')
            )}
          </p>
          <IeMatrixChart view={ie} />
        </ChartFrame>
        {totals && (
          <ChartFrame view={totals}>
            <CategoryChart view={totals} height={220} />
          </ChartFrame>
        )}
      </div>
    </div>
  );
}
