import { memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CategoryChart } from '../../charts/CategoryChart';
import { ChartFrame } from '../../charts/ChartFrame';
import { NineCellChart } from '../../charts/NineCellChart';
import { useViewContext } from '../../charts/useViewContext';
import { RFM_BINS } from '../../domain/customers/rfmSegments';
import { LIMITS } from '../../domain/project/limits';
import type { RfmAnalysis } from '../../domain/project/types';
import { customerActions } from '../../state/customerActions';
import { currentProject } from '../../state/store';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { CsvButton } from '../../ui/CsvButton';
import { TableScroll } from '../../ui/TableScroll';
import {
  rfmCustomersTable,
  rfmHeatmapView,
  rfmRuleText,
  rfmSegmentsTable,
  rfmSegmentsView,
  rfmSourceLine,
} from '../../views/rfmViews';
import { RfmBadRows } from './RfmBadRows';
import { RfmImportControls } from './RfmImportControls';

const SHOWN_CUSTOMERS = 20;

/** RFM from the user's own data: the import, the scores' rule, the R × F heatmap and the named segments. */
export const RfmSection = memo(function RfmSection({
  rfm,
  abcRows,
}: {
  rfm: RfmAnalysis | null;
  abcRows: number;
}) {
  const { t } = useTranslation();
  const ctx = useViewContext();
  const [announced, setAnnounced] = useState('');
  const [replacing, setReplacing] = useState(false);
  const onDone = useCallback(
    (analysis: RfmAnalysis) => {
      customerActions.setRfm(analysis);
      setAnnounced(
        t('customers.rfm.imported', {
          customers: ctx.number(analysis.customers, 0),
          rows: ctx.number(analysis.rows, 0),
          bad: ctx.number(analysis.badRows, 0),
        }),
      );
    },
    [t, ctx],
  );
  const heatmap = useMemo(() => (rfm ? rfmHeatmapView(rfm, ctx) : null), [rfm, ctx]);
  const bars = useMemo(() => (rfm ? rfmSegmentsView(rfm, ctx) : null), [rfm, ctx]);
  const num = (v: number, d = 0) => ctx.number(v, d);
  const segmentName = (key: string) => t(`customers.rfm.segments.${key}`);
  // The ABC rule ranks values of 0 or more: a segment whose refunds outweigh its purchases cannot be a row.
  const leftOut = rfm
    ? rfm.segments.filter((s) => s.customers > 0 && s.monetary < 0).map((s) => segmentName(s.segment))
    : [];
  const leftOutText =
    leftOut.length > 0 ? t('customers.rfm.leftOut', { names: leftOut.join(t('common.listSeparator')) }) : '';
  const segmentsToAbc = () => {
    if (!rfm) return;
    customerActions.replaceSegments(
      rfm.segments
        .filter((s) => s.customers > 0 && s.monetary >= 0)
        .map((s) => ({ name: segmentName(s.segment), value: s.monetary, customers: s.customers })),
    );
    setReplacing(false);
    setAnnounced(
      leftOutText ? `${t('customers.rfm.usedAsAbc')} ${leftOutText}` : t('customers.rfm.usedAsAbc'),
    );
  };
  return (
    <section className="customer-section" aria-labelledby="rfm-heading">
      <h2 id="rfm-heading">{t('customers.rfm.heading')}</h2>
      <p>{t('customers.rfm.intro')}</p>
      <RfmImportControls again={rfm !== null} onDone={onDone} />
      <p role="status" className="rfm-announce">
        {announced}
      </p>
      {rfm && (
        <>
          <p data-testid="rfm-source">{rfmSourceLine(rfm, ctx)}</p>
          {rfm.badRows > 0 && <RfmBadRows rfm={rfm} />}
          <p className="customer-rule" data-testid="rfm-rule">
            {t('customers.rfm.rule', { bins: RFM_BINS })}
          </p>
          {heatmap && (
            <ChartFrame view={heatmap}>
              <NineCellChart view={heatmap} />
            </ChartFrame>
          )}
          <h3>{t('customers.rfm.segmentsHeading')}</h3>
          <TableScroll>
            <table className="customer-table" data-testid="rfm-segments">
              <thead>
                <tr>
                  <th scope="col">{t('customers.rfm.segment')}</th>
                  <th scope="col">{t('customers.rfm.ruleColumn')}</th>
                  <th scope="col">{t('customers.rfm.customers')}</th>
                  <th scope="col">{t('customers.rfm.monetary')}</th>
                  <th scope="col">{t('customers.rfm.meanRecency')}</th>
                  <th scope="col">{t('customers.rfm.meanFrequency')}</th>
                </tr>
              </thead>
              <tbody>
                {rfm.segments.map((s) => {
                  return (
                    <tr key={s.segment} data-testid="rfm-segment-row">
                      <th scope="row">{segmentName(s.segment)}</th>
                      <td className="text-cell">{rfmRuleText(s.segment, ctx)}</td>
                      <td>{num(s.customers)}</td>
                      <td>{num(s.monetary)}</td>
                      <td>{s.meanRecencyDays === null ? '–' : num(s.meanRecencyDays, 0)}</td>
                      <td>{s.meanFrequency === null ? '–' : num(s.meanFrequency, 1)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
          <p className="muted">{t('customers.rfm.lostRule')}</p>
          <p className="page-actions">
            <CsvButton
              current={currentProject}
              table={(p) => rfmSegmentsTable(p.customers.rfm ?? rfm, ctx)}
              what={t('customers.rfm.segmentsWhat')}
            />
          </p>
          {bars && bars.categories.length > 0 && (
            <ChartFrame view={bars}>
              <CategoryChart view={bars} height={Math.max(260, 44 * bars.categories.length + 80)} />
            </ChartFrame>
          )}
          <p className="page-actions">
            <button type="button" onClick={() => (abcRows > 0 ? setReplacing(true) : segmentsToAbc())}>
              {t('customers.rfm.useAsAbc')}
            </button>
            <button type="button" onClick={customerActions.removeRfm}>
              {t('customers.rfm.remove')}
            </button>
          </p>
          {leftOutText && (
            <p className="hint" data-testid="rfm-left-out">
              {leftOutText}
            </p>
          )}
          <h3>{t('customers.rfm.topHeading', { n: num(Math.min(SHOWN_CUSTOMERS, rfm.top.length)) })}</h3>
          <p className="muted">
            {t('customers.rfm.kept', { kept: num(rfm.top.length), max: num(LIMITS.rfmCustomersKept) })}
          </p>
          <p className="page-actions">
            <CsvButton
              current={currentProject}
              table={(p) => rfmCustomersTable(p.customers.rfm ?? rfm, ctx)}
              what={t('customers.rfm.customersWhat')}
            />
          </p>
          <TableScroll>
            <table className="customer-table" data-testid="rfm-top">
              <thead>
                <tr>
                  <th scope="col">{t('customers.rfm.customerId')}</th>
                  <th scope="col">{t('customers.rfm.recencyDays')}</th>
                  <th scope="col">{t('customers.rfm.frequency')}</th>
                  <th scope="col">{t('customers.rfm.monetary')}</th>
                  <th scope="col">R F M</th>
                  <th scope="col">{t('customers.rfm.segment')}</th>
                </tr>
              </thead>
              <tbody>
                {rfm.top.slice(0, SHOWN_CUSTOMERS).map((c) => (
                  <tr key={c.id}>
                    <th scope="row">{c.id}</th>
                    <td>{num(c.recencyDays)}</td>
                    <td>{num(c.frequency)}</td>
                    <td>{ctx.fixed(c.monetary, 2)}</td>
                    <td>{`${c.r} ${c.f} ${c.m}`}</td>
                    <td className="text-cell">{segmentName(c.segment)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
      <ConfirmDialog
        open={replacing}
        title={t('customers.rfm.replaceTitle')}
        body={t('customers.rfm.replaceBody', { n: abcRows })}
        confirmLabel={t('customers.rfm.replaceConfirm')}
        cancelLabel={t('customers.rfm.import.cancel')}
        onConfirm={segmentsToAbc}
        onCancel={() => setReplacing(false)}
      />
    </section>
  );
});
