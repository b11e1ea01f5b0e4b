import { useTranslation } from 'react-i18next';
import type { Activity } from '../../domain/workshop/activity';
import { dotsLeft, type Tally } from '../../domain/workshop/tally';
import type { ParticipantRoom } from '../../workshop/participantRoom';

interface Props {
  room: ParticipantRoom;
  activity: Activity;
  own: Map<string, Record<string, unknown>>;
  /** The room's dots per item, once revealed. */
  results: Tally | null;
}

/** Placing one's dots: a counter of dots left, − and + per item within the budget and the most on one. */
export function JoinVote({ room, activity, own, results }: Props) {
  const { t } = useTranslation();
  const key = `${room.keys.publicKey}/ballot/${activity.id}`;
  const stored = own.get(key)?.votes;
  const ballot = new Map<string, number>(
    typeof stored === 'object' && stored !== null
      ? Object.entries(stored as Record<string, unknown>).filter(
          (e): e is [string, number] => typeof e[1] === 'number',
        )
      : [],
  );
  const left = dotsLeft(activity, ballot);
  const put = (option: string, n: number) => {
    const next = new Map(ballot);
    if (n > 0) next.set(option, n);
    else next.delete(option);
    room.write(`ballot/${activity.id}`, {
      kind: 'ballot',
      activity: activity.id,
      votes: Object.fromEntries(next),
      at: new Date().toISOString(),
    });
  };
  return (
    <>
      <p className="dots-left" role="status" data-testid="dots-left">
        {t('workshop.join.dotsLeft', { left, budget: activity.budget })}
      </p>
      <p className="hint">
        {t('workshop.join.maxPerOption', { max: activity.maxPerOption })}{' '}
        {!activity.revealed && t('workshop.join.hidden')}
      </p>
      <ul className="vote-options">
        {activity.options.map((option) => {
          const n = ballot.get(option.key) ?? 0;
          return (
            <li key={option.key}>
              <span className="vote-label">
                {option.label}
                {results && (
                  <span className="room-dots" data-testid="room-dots">
                    {t('workshop.results.dots', { count: results.votes.get(option.key) ?? 0 })}
                  </span>
                )}
              </span>
              <span className="vote-stepper">
                <button
                  type="button"
                  disabled={n === 0}
                  onClick={() => put(option.key, n - 1)}
                  aria-label={t('workshop.join.less', { label: option.label })}
                >
                  −
                </button>
                <output aria-live="polite">{'●'.repeat(n) || '0'}</output>
                <button
                  type="button"
                  disabled={left === 0 || n >= activity.maxPerOption}
                  onClick={() => put(option.key, n + 1)}
                  aria-label={t('workshop.join.more', { label: option.label })}
                >
                  +
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
