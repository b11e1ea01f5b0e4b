import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSISTENCY_LIMIT } from '../../domain/strategy/ahp';
import type { Activity } from '../../domain/workshop/activity';
import { groupAhp } from '../../domain/workshop/groupAhp';
import { participantNumbers } from '../../domain/workshop/roomContributions';
import type { Tally } from '../../domain/workshop/tally';
import { formatFixed } from '../../i18n/format';
import { strategyActions } from '../../state/strategyActions';
import { TableScroll } from '../../ui/TableScroll';

/**
 * The room's pairwise judgments combined by the geometric mean: the group's weights and consistency, each
 * participant's own consistency ratio, and the group's judgments taken into the strategy's criteria.
 */
export function AhpResults({
  activity,
  tally,
  consistentOnly,
  onConsistentOnly,
}: {
  activity: Activity;
  tally: Tally;
  /** Whether participants above the consistency limit are left out (the record kept follows it too). */
  consistentOnly: boolean;
  onConsistentOnly: (on: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const [applied, setApplied] = useState(false);
  const fmt = (v: number, d = 2) => formatFixed(v, i18n.language, d);
  const keys = activity.options.map((o) => o.key);
  const people = [...tally.judgments];
  const group = groupAhp(
    keys,
    people.map(([, j]) => j),
    consistentOnly,
  );
  const numbers = participantNumbers(tally.order);
  const total = (keys.length * (keys.length - 1)) / 2;
  const apply = () => {
    const pairs = [...group.judgments].map(([key, v]) => {
      const [a, b] = key.split('|') as [string, string];
      return [a, b, v] as const;
    });
    if (strategyActions.judgeAll(pairs, new Map(keys.map((k, i) => [k, group.result.weights[i]!]))))
      setApplied(true);
  };
  if (people.length === 0) return <p className="empty-help">{t('workshop.results.none')}</p>;
  const groupCr = group.result.consistencyRatio;
  return (
    <>
      <p role="status">{t('workshop.results.ahp.judges', { count: people.length })}</p>
      <TableScroll>
        <table className="data-table" data-testid="ahp-group">
          <caption>{t('workshop.results.ahp.group', { count: group.counted })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workshop.results.ahp.criterion')}</th>
              <th scope="col" className="num">
                {t('workshop.results.ahp.weight')}
              </th>
            </tr>
          </thead>
          <tbody>
            {activity.options.map((o, i) => (
              <tr key={o.key}>
                <th scope="row">{o.label}</th>
                <td className="num">{fmt(group.result.weights[i]!, 3)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className={groupCr > CONSISTENCY_LIMIT ? 'alert' : 'hint'} data-testid="ahp-group-cr">
        {t('workshop.results.ahp.groupCr', { cr: fmt(groupCr) })}
      </p>
      <TableScroll>
        <table className="data-table" data-testid="ahp-people">
          <caption>{t('workshop.results.ahp.people')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workshop.results.ahp.participant')}</th>
              <th scope="col" className="num">
                {t('workshop.results.ahp.judged')}
              </th>
              <th scope="col" className="num">
                {t('workshop.results.ahp.cr')}
              </th>
              <th scope="col">{t('workshop.results.ahp.consistency')}</th>
            </tr>
          </thead>
          <tbody>
            {people.map(([pid], k) => {
              const person = group.people[k]!;
              return (
                <tr key={pid}>
                  <th scope="row">{t('workshop.results.anonymous', { n: numbers.get(pid) ?? k + 1 })}</th>
                  <td className="num">{`${person.judged} / ${total}`}</td>
                  <td className="num">{fmt(person.result.consistencyRatio)}</td>
                  <td>
                    {person.consistent
                      ? t('workshop.results.ahp.consistent')
                      : t('workshop.results.ahp.inconsistent', { limit: fmt(CONSISTENCY_LIMIT) })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={consistentOnly}
          onChange={(e) => onConsistentOnly(e.target.checked)}
        />
        {t('workshop.results.ahp.consistentOnly', { limit: fmt(CONSISTENCY_LIMIT) })}
      </label>
      <button type="button" onClick={apply}>
        {t('workshop.results.ahp.apply')}
      </button>
      {applied && <p role="status">{t('workshop.results.ahp.applied')}</p>}
    </>
  );
}
