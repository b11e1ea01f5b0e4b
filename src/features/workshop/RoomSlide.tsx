import { useTranslation } from 'react-i18next';
import { rankedVotes } from '../../domain/workshop/tally';
import { QrCode } from '../../ui/QrCode';
import type { FacilitatorRoom } from '../../workshop/facilitatorRoom';
import { Countdown } from './Countdown';
import { slotLabel } from './slotLabel';
import { useRoomView } from './useRoomView';

/** The open room on the projector: the QR code and link to join, the question, the timer and what came in. */
export function RoomSlide({ room }: { room: FacilitatorRoom }) {
  const { t } = useTranslation();
  const { activity, tally, timer } = useRoomView(room);
  const top = activity?.revealed && tally ? rankedVotes(activity, tally.votes).slice(0, 5) : [];
  return (
    <div className="present-room">
      <div className="present-join">
        <QrCode text={room.link} label={t('workshop.room.qr')} size={300} />
        <p className="present-link">{room.link}</p>
      </div>
      <div className="present-activity">
        {activity && <p className="present-prompt">{activity.prompt}</p>}
        {timer.durationSec > 0 && <Countdown timer={timer} />}
        {tally && activity?.kind === 'brainstorm' && (
          <>
            <p>
              {t('workshop.present.ideas', { count: tally.ideas.length, participants: tally.participants })}
            </p>
            <ul className="present-counts">
              {activity.slots.map((slot) => (
                <li key={slot} className={`q-${slot}`}>
                  {slotLabel(t, activity, slot)}: {tally.ideas.filter((i) => i.slot === slot).length}
                </li>
              ))}
            </ul>
          </>
        )}
        {tally && activity?.kind === 'vote' && !activity.revealed && (
          <p>
            {t('workshop.results.votesHidden', { voters: tally.voters, participants: tally.participants })}
          </p>
        )}
        {top.length > 0 && (
          <ol className="present-votes">
            {top.map((o) => (
              <li key={o.key}>
                {o.label} — {t('workshop.results.dots', { count: o.dots })}
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
