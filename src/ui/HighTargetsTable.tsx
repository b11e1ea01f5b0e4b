import { useTranslation } from 'react-i18next';
import type { HighTarget } from '../domain/service-cost/modelTypes';
import { MAX_AGENTS } from '../domain/service-cost/erlang';
import { formatNumber } from '../i18n/format';
import { TableScroll } from './TableScroll';

/** A service level shown with as many decimals as it has: 95%, 99.9%, 99.99%. */
function targetText(serviceLevel: number, language: string): string {
  const pct = Math.round(serviceLevel * 1e6) / 1e4;
  return `${formatNumber(pct, language, Number.isInteger(pct) ? 0 : String(pct).split('.')[1]!.length)}%`;
}

/** Agents and cost for targets approaching 100%, the extra cost per point, and why 100% is never reached. */
export function HighTargetsTable({
  rows,
  targetAnswerSec,
  modelTarget,
}: {
  rows: HighTarget[];
  targetAnswerSec: number;
  modelTarget: number;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const money = (v: number | null) => (v === null ? '–' : formatNumber(v, language, 0));
  const tooMany = t('serviceCost.highTargets.tooMany', { max: formatNumber(MAX_AGENTS, language, 0) });
  return (
    <section className="high-targets" data-testid="high-targets">
      <TableScroll>
        <table className="data-table">
          <caption>{t('serviceCost.highTargets.caption', { target: targetAnswerSec })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('serviceCost.highTargets.target')}</th>
              <th scope="col" className="num">
                {t('serviceCost.highTargets.agents')}
              </th>
              <th scope="col" className="num">
                {t('serviceCost.highTargets.scheduled')}
              </th>
              <th scope="col" className="num">
                {t('serviceCost.highTargets.cost')}
              </th>
              <th scope="col" className="num">
                {t('serviceCost.highTargets.perPoint')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.serviceLevel}
                className={row.serviceLevel === modelTarget ? 'highlight' : undefined}
              >
                <th scope="row">{targetText(row.serviceLevel, language)}</th>
                <td className="num">
                  {row.agents === null ? tooMany : formatNumber(row.agents, language, 0)}
                </td>
                <td className="num">
                  {row.scheduledAgents === null ? '–' : formatNumber(row.scheduledAgents, language, 0)}
                </td>
                <td className="num">{money(row.cost)}</td>
                <td className="num">{money(row.costPerExtraPoint)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="muted" data-testid="never-100">
        {t('serviceCost.highTargets.never', { target: targetAnswerSec })}
      </p>
    </section>
  );
}
