import { useTranslation } from 'react-i18next';
import type { Activity } from '../../domain/workshop/activity';
import type { ParticipantRoom } from '../../workshop/participantRoom';

interface Props {
  room: ParticipantRoom;
  activity: Activity;
  own: Map<string, Record<string, unknown>>;
}

/** Rating each option on the activity's scale: one row of choices per option, sent as it is picked. */
export function JoinRate({ room, activity, own }: Props) {
  const { t } = useTranslation();
  const { min, max } = activity.scale ?? { min: 1, max: 5 };
  const stored = own.get(`${room.keys.publicKey}/rating/${activity.id}`)?.scores;
  const scores: Record<string, number> =
    typeof stored === 'object' && stored !== null ? { ...(stored as Record<string, number>) } : {};
  const steps = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const put = (option: string, n: number) =>
    room.write(`rating/${activity.id}`, {
      kind: 'rating',
      activity: activity.id,
      scores: { ...scores, [option]: n },
      at: new Date().toISOString(),
    });
  return (
    <>
      <p className="hint">{t('workshop.join.rateIntro', { min, max })}</p>
      <ul className="rate-options">
        {activity.options.map((option, i) => (
          <li key={option.key}>
            {option.group && option.group !== activity.options[i - 1]?.group && (
              <h2 className="rate-group">{option.group}</h2>
            )}
            <fieldset>
              <legend>{option.label}</legend>
              <div
                className="rate-scale"
                role="radiogroup"
                aria-label={t('workshop.join.rateOption', {
                  label: option.group ? `${option.group}: ${option.label}` : option.label,
                })}
              >
                {steps.map((n) => (
                  <label key={n} className="rate-step">
                    <input
                      type="radio"
                      name={`rate-${option.key}`}
                      checked={scores[option.key] === n}
                      onChange={() => put(option.key, n)}
                    />
                    {n}
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        ))}
      </ul>
    </>
  );
}
