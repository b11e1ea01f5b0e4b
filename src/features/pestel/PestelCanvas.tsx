import { useDeferredValue, useMemo } from 'react';
import { pestelTable } from '../../views/tables';
import { useTranslation } from 'react-i18next';
import { CsvButton } from '../../ui/CsvButton';
import { ChartFrame } from '../../charts/ChartFrame';
import { PointsChart } from '../../charts/PointsChart';
import { useViewContext } from '../../charts/useViewContext';
import { pestelBubbleView } from '../../views/pointsViews';
import { factorCodes } from '../../domain/pestel/codes';
import { rankFactors } from '../../domain/pestel/score';
import { PESTEL_CATEGORIES } from '../../domain/project/schema';
import type { PestelCategory, PestelFactor } from '../../domain/project/types';
import { pestelActions } from '../../state/environmentActions';
import { currentProject, useAppStore } from '../../state/store';
import { AddField } from '../../ui/AddField';
import { WindowList } from '../../ui/WindowList';
import { useSettledValue } from '../../ui/useSettledValue';
import { sameListExcept } from '../../domain/memo/sameExcept';
import { FactorRow } from './FactorRow';
import { fullReason } from '../../i18n/capacity';
import { TableScroll } from '../../ui/TableScroll';

/** A factor row's usual height (text, ratings, note) before it is measured. */
const FACTOR_PX = 120;
const factorKey = (factor: PestelFactor) => factor.id;
const TYPING_PAUSE_MS = 400;
const sameRatings = (a: readonly PestelFactor[] | undefined, b: readonly PestelFactor[] | undefined) =>
  a === b || (a !== undefined && b !== undefined && sameListExcept(a, b, ['text', 'note']));

/** The PEST(EL) canvas: factors by category, ranked by impact × likelihood, and the bubble chart. */
export function PestelCanvas() {
  const { t } = useTranslation();
  const factors = useAppStore((s) => s.project?.pestel);
  const codes = useMemo(() => factorCodes(factors ?? [], (c) => t(`pestel.code.${c}`)), [factors, t]);
  // The ranking and the bubbles show the factors' texts too, but redraw for a text (200 bubbles and rows at
  // the limits) only when the typing pauses; a rating shows at once. Either follows the field typed in.
  const settled = useSettledValue(factors, sameRatings, TYPING_PAUSE_MS);
  const later = useDeferredValue(settled);
  const ranked = useMemo(() => rankFactors(later ?? []), [later]);
  const ctx = useViewContext();
  const bubbles = useMemo(() => (later ? pestelBubbleView(later, ctx) : null), [later, ctx]);
  if (!factors) return null;
  const add = (category: PestelCategory, text: string) => pestelActions.addFactor(category, text);
  return (
    <div className="page pestel-page">
      <h1>{t('pestel.heading')}</h1>
      <p className="intro">{t('pestel.intro')}</p>
      <p className="page-actions">
        <CsvButton
          current={currentProject}
          table={(p) => pestelTable(p.pestel, ctx)}
          what={t('csv.what.pestel')}
        />
      </p>
      <div className="pestel-grid">
        {PESTEL_CATEGORIES.map((category) => {
          const name = t(`pestel.category.${category}`);
          const inCategory = factors.filter((f) => f.category === category);
          return (
            <section
              key={category}
              className={`pestel-card pestel-${category}`}
              aria-labelledby={`pestel-${category}`}
            >
              <h2 id={`pestel-${category}`}>{name}</h2>
              <p className="muted small">{t(`pestel.categoryHelp.${category}`)}</p>
              <WindowList items={inCategory} keyOf={factorKey} estimatePx={FACTOR_PX} className="factor-list">
                {(factor, row) => (
                  <FactorRow
                    factor={factor}
                    code={codes.get(factor.id)!}
                    rowRef={row.rowRef}
                    index={row.index}
                    setSize={row.setSize}
                  />
                )}
              </WindowList>
              <AddField
                label={t('pestel.addLabel', { category: name })}
                placeholder={t('pestel.addPlaceholder', { category: name })}
                full={fullReason(t, 'pestelFactors', factors.length)}
                onAdd={(text) => add(category, text)}
              />
            </section>
          );
        })}
      </div>
      <div className="chart-row">
        <section className="ranking" aria-labelledby="pestel-ranking">
          <h2 id="pestel-ranking">{t('pestel.ranking')}</h2>
          {ranked.length === 0 ? (
            <p className="empty-help">{t('pestel.empty')}</p>
          ) : (
            <TableScroll>
              <table className="data-table" data-testid="pestel-ranking">
                <thead>
                  <tr>
                    <th scope="col">{t('pestel.rank')}</th>
                    <th scope="col">{t('pestel.factor')}</th>
                    <th scope="col">{t('pestel.impact')}</th>
                    <th scope="col">{t('pestel.likelihood')}</th>
                    <th scope="col">{t('pestel.score')}</th>
                    <th scope="col">{t('pestel.direction')}</th>
                  </tr>
                </thead>
                <tbody>
                  {ranked.map(({ factor, score, rank }) => (
                    <tr key={factor.id}>
                      <td>{rank ?? '–'}</td>
                      <td>
                        <strong>{codes.get(factor.id)}</strong> {factor.text}
                      </td>
                      <td>{factor.impact ?? '–'}</td>
                      <td>{factor.likelihood ?? '–'}</td>
                      <td>{score ?? '–'}</td>
                      <td>{t(`pestel.directions.${factor.direction}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </section>
        {bubbles ? (
          <ChartFrame view={bubbles}>
            <PointsChart view={bubbles} />
          </ChartFrame>
        ) : null}
      </div>
    </div>
  );
}
