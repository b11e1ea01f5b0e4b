import { useTranslation } from 'react-i18next';
import type { ModelView } from '../../domain/service-cost/models';
import { formatFixed, formatNumber, formatSharePercent } from '../../i18n/format';
import { TableScroll } from '../../ui/TableScroll';
import { usePacedValue } from '../../ui/usePacedValue';

/** Roughly a row's height: the place a table keeps until it is drawn. */
const ROW_PX = 33;

/**
 * A call centre's queue at each number of agents on its curve, the required count highlighted. Up to 221
 * rows: drawn in its turn with the page's charts (usePacedValue), keeping its place until then.
 */
export function StaffingTable({ view: latest }: { view: ModelView }) {
  const view = usePacedValue(latest, true);
  if (!view)
    return (
      <div
        className="draw-pending"
        style={{ height: (latest.points.length + 2) * ROW_PX }}
        aria-hidden="true"
      />
    );
  return <StaffingRows view={view} />;
}

function StaffingRows({ view }: { view: ModelView }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const pct = (v: number) => formatSharePercent(v, language);
  const stepped = view.callCentre !== undefined && view.callCentre.agentStep > 1;
  const abandons = view.callCentre?.formula === 'erlangA';
  return (
    <>
      {stepped && (
        <p className="muted" id="staffing-step" data-testid="staffing-step">
          {t('serviceCost.staffingStep', {
            step: view.callCentre!.agentStep,
            first: formatNumber(view.points[0]?.lever ?? 0, language, 0),
          })}
        </p>
      )}
      <TableScroll>
        <table
          className="data-table"
          data-testid="staffing-table"
          aria-describedby={stepped ? 'staffing-step' : undefined}
        >
          <caption>{t('serviceCost.staffing')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('serviceCost.colAgents')}</th>
              <th scope="col" className="num">
                {t('serviceCost.colSl')}
              </th>
              <th scope="col" className="num">
                {t('serviceCost.colWait')}
              </th>
              {abandons && (
                <th scope="col" className="num">
                  {t('serviceCost.colAbandon')}
                </th>
              )}
              <th scope="col" className="num">
                {t('serviceCost.colAsa')}
              </th>
              <th scope="col" className="num">
                {t('serviceCost.colQueue')}
              </th>
              <th scope="col" className="num">
                {t('serviceCost.colOcc')}
              </th>
              <th scope="col" className="num">
                {t('serviceCost.colCost')}
              </th>
            </tr>
          </thead>
          <tbody>
            {view.points.map((p) => {
              // Computed once by the domain with the point; not again here.
              const r = p.queue!;
              return (
                <tr
                  key={p.lever}
                  className={p.lever === view.callCentre?.requiredAgents ? 'highlight' : undefined}
                >
                  <td>{p.lever}</td>
                  <td className="num">{pct(r.serviceLevel)}%</td>
                  <td className="num">{pct(r.probWait)}%</td>
                  {abandons && <td className="num">{pct(r.probAbandon)}%</td>}
                  <td className="num">{formatFixed(r.averageSpeedOfAnswerSec, language, 1)}</td>
                  <td className="num">{formatFixed(r.queueLength, language, 2)}</td>
                  <td className="num">{pct(r.occupancy)}%</td>
                  <td className="num">{formatNumber(p.cost, language, 0)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
