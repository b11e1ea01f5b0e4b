import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, type Language } from '../../i18n/i18n';
import { ParticipantRoom } from '../../workshop/participantRoom';
import { Countdown } from './Countdown';
import { JoinBrainstorm } from './JoinBrainstorm';
import { JoinRate } from './JoinRate';
import { JoinAhp } from './JoinAhp';
import { JoinVote } from './JoinVote';
import { useRoomView } from './useRoomView';
import './workshop.css';
import './join.css';

/** A participant's page (a phone, usually): the facilitator's question, the timer, and their own input. */
export default function JoinPage({ roomId, relay }: { roomId: string; relay: string }) {
  return <InRoom room={joinRoom(roomId, relay)} />;
}

let joined: ParticipantRoom | null = null;

/** The page's one room, for the tab's life (the link is read once, at load). */
function joinRoom(roomId: string, relay: string): ParticipantRoom {
  joined ??= new ParticipantRoom(roomId, relay);
  return joined;
}

function InRoom({ room }: { room: ParticipantRoom }) {
  const { t, i18n } = useTranslation();
  const view = useRoomView(room);
  const { activity, timer, status } = view;
  return (
    <main className="join-page" id="main">
      <header className="join-header">
        <span className="brand">{t('workshop.join.title')}</span>
        <select
          aria-label={t('app.language')}
          value={i18n.language}
          onChange={(e) => void setLanguage(e.target.value as Language)}
        >
          {LANGUAGES.map((l) => (
            <option key={l.code} value={l.code}>
              {l.label}
            </option>
          ))}
        </select>
      </header>
      <p className={`link-status ${status}`} role="status" data-testid="room-status">
        {t(`workshop.status.${status}`)}
      </p>
      {timer && timer.durationSec > 0 && <Countdown timer={timer} />}
      {!activity ? (
        <p className="empty-help">{t('workshop.join.waiting')}</p>
      ) : (
        <>
          <h1 className="join-prompt">{activity.prompt}</h1>
          {activity.kind === 'brainstorm' && (
            <JoinBrainstorm room={room} activity={activity} own={view.own} name={view.name} />
          )}
          {activity.kind === 'vote' && (
            <JoinVote room={room} activity={activity} own={view.own} results={view.results} />
          )}
          {(activity.kind === 'rate' || activity.kind === 'score') && (
            <JoinRate room={room} activity={activity} own={view.own} />
          )}
          {activity.kind === 'ahp' && <JoinAhp room={room} activity={activity} own={view.own} />}
        </>
      )}
    </main>
  );
}
