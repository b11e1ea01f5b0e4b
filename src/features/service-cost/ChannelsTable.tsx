import { useTranslation } from 'react-i18next';
import type { ChannelMixOutcome } from '../../domain/service-cost/channels';
import { formatFixed, formatNumber } from '../../i18n/format';
import { TableScroll } from '../../ui/TableScroll';

/**
 * Each channel today: contacts, agents, staff to schedule, share in time, cost and cost per contact; the
 * phone's contacts include self-service's that call, so the total is the contacts offered, not the column's sum.
 */
export function ChannelsTable({ mix, offered }: { mix: ChannelMixOutcome; offered: number }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const pct = (v: number) => `${formatFixed(v * 100, language, 1)}%`;
  const money = (v: number, digits = 0) => formatNumber(v, language, digits);
  return (
    <TableScroll>
      <table className="data-table channels-table" data-testid="channels-table">
        <caption>{t('channels.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('channels.colChannel')}</th>
            <th scope="col" className="num">
              {t('channels.colContacts')}
            </th>
            <th scope="col" className="num">
              {t('channels.colAgents')}
            </th>
            <th scope="col" className="num">
              {t('channels.colScheduled')}
            </th>
            <th scope="col" className="num">
              {t('channels.colSl')}
            </th>
            <th scope="col" className="num">
              {t('channels.colCost')}
            </th>
            <th scope="col" className="num">
              {t('channels.colCostPerContact')}
            </th>
          </tr>
        </thead>
        <tbody>
          {mix.channels.map((c, i) => (
            <tr key={i}>
              <th scope="row">{t(`channels.kind.${c.kind}`)}</th>
              <td className="num">{money(c.contacts, 1)}</td>
              <td className="num">{c.agents}</td>
              <td className="num">{c.scheduled}</td>
              <td className="num">{c.contacts > 0 ? pct(c.serviceLevel) : '–'}</td>
              <td className="num">{money(c.cost)}</td>
              <td className="num">{money(c.costPerContact, 2)}</td>
            </tr>
          ))}
          <tr className="highlight">
            <th scope="row">{t('channels.total')}</th>
            <td className="num">{money(offered, 1)}</td>
            <td className="num">{mix.channels.reduce((s, c) => s + c.agents, 0)}</td>
            <td className="num">{mix.channels.reduce((s, c) => s + c.scheduled, 0)}</td>
            <td className="num">{pct(mix.serviceLevel)}</td>
            <td className="num">{money(mix.cost)}</td>
            <td className="num">{money(mix.costPerContact, 2)}</td>
          </tr>
        </tbody>
      </table>
    </TableScroll>
  );
}
