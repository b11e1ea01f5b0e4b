import { useTranslation } from 'react-i18next';
import { ahpKey, SAATY_SCALE } from '../../domain/strategy/ahp';
import type { Activity } from '../../domain/workshop/activity';
import type { ParticipantRoom } from '../../workshop/participantRoom';

interface Props {
  room: ParticipantRoom;
  activity: Activity;
  own: Map<string, Record<string, unknown>>;
}

/** Comparing every pair of criteria on Saaty's scale from a phone: one choice per pair, sent as it is made. */
export function JoinAhp({ room, activity, own }: Props) {
  const { t } = useTranslation();
  const stored = own.get(`${room.keys.publicKey}/ahp/${activity.id}`)?.pairs;
  const pairs: Record<string, number> =
    typeof stored === 'object' && stored !== null ? { ...(stored as Record<string, number>) } : {};
  const { options } = activity;
  const put = (key: string, value: number | null) => {
    const next = { ...pairs };
    if (value === null) delete next[key];
    else next[key] = value;
    room.write(`ahp/${activity.id}`, {
      kind: 'judgments',
      activity: activity.id,
      pairs: next,
      at: new Date().toISOString(),
    });
  };
  const judged = Object.keys(pairs).length;
  const total = (options.length * (options.length - 1)) / 2;
  return (
    <>
      <p className="hint">{t('workshop.join.ahpIntro')}</p>
      <p role="status" data-testid="ahp-progress">
        {t('workshop.join.ahpProgress', { judged, total })}
      </p>
      <ul className="ahp-pairs join-ahp">
        {options.flatMap((a, i) =>
          options.slice(i + 1).map((b) => {
            const key = ahpKey(a.key, b.key);
            const value = pairs[key];
            return (
              <li key={key}>
                <label className="field">
                  {t('strategy.ahpPair', { a: a.label, b: b.label })}
                  <select
                    value={value === undefined ? '' : String(SAATY_SCALE.indexOf(value))}
                    onChange={(e) =>
                      put(key, e.target.value === '' ? null : SAATY_SCALE[Number(e.target.value)]!)
                    }
                  >
                    <option value="">{t('workshop.join.ahpNotYet')}</option>
                    {SAATY_SCALE.map((v, k) => (
                      <option key={k} value={k}>
                        {v === 1
                          ? `1 · ${t('strategy.ahpEqual')}`
                          : v > 1
                            ? `${v} · ${t('strategy.ahpMoreA', { a: a.label })}`
                            : `${Math.round(1 / v)} · ${t('strategy.ahpMoreB', { b: b.label })}`}
                      </option>
                    ))}
                  </select>
                </label>
              </li>
            );
          }),
        )}
      </ul>
    </>
  );
}
