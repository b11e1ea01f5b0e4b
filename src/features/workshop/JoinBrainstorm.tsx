import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROOM_LIMITS, type Activity } from '../../domain/workshop/activity';
import type { ParticipantRoom } from '../../workshop/participantRoom';
import { contributionFileOf } from '../../domain/workshop/contributionFile';
import { download } from '../../export/download';
import { slotLabel } from './slotLabel';

interface Props {
  room: ParticipantRoom;
  activity: Activity;
  own: Map<string, Record<string, unknown>>;
  name: string;
}

const newId = () => `i${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Writing ideas into the SWOT quadrants from a phone; one's own ideas listed, each can be withdrawn. */
export function JoinBrainstorm({ room, activity, own, name }: Props) {
  const { t } = useTranslation();
  const [slot, setSlot] = useState(activity.slots[0] ?? '');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const mine = [...own.values()].filter(
    (p) => p.kind === 'idea' && p.activity === activity.id && p.withdrawn !== true,
  );
  const left = ROOM_LIMITS.ideaChars - text.length;
  const add = () => {
    const trimmed = text.trim();
    if (!trimmed) return setError(t('workshop.join.empty'));
    if (trimmed.length > ROOM_LIMITS.ideaChars)
      return setError(t('workshop.join.tooLong', { max: ROOM_LIMITS.ideaChars }));
    if (mine.length >= ROOM_LIMITS.ideasPerParticipant)
      return setError(t('workshop.join.tooMany', { max: ROOM_LIMITS.ideasPerParticipant }));
    const id = newId();
    room.write(`idea/${id}`, {
      kind: 'idea',
      activity: activity.id,
      id,
      slot,
      text: trimmed,
      ...(activity.namesAllowed && name.trim() ? { name: name.trim().slice(0, ROOM_LIMITS.nameChars) } : {}),
      at: new Date().toISOString(),
    });
    setText('');
    setError(null);
  };
  const saveFile = () => {
    const file = contributionFileOf(
      { id: room.keys.publicKey, name: activity.namesAllowed ? name.trim() : '' },
      { ...activity, canvas: activity.canvas ?? 'swot' },
      mine.map((p) => ({
        id: String(p.id),
        slot: String(p.slot),
        text: String(p.text),
        at: String(p.at),
      })),
      new Date().toISOString(),
    );
    const blob = new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' });
    download(blob, `ideas-${room.keys.publicKey.slice(0, 6)}.json`);
  };
  return (
    <>
      {activity.namesAllowed ? (
        <label className="field">
          {t('workshop.join.name')}
          <input
            value={name}
            maxLength={ROOM_LIMITS.nameChars}
            onChange={(e) => room.setName(e.target.value)}
            autoComplete="name"
          />
        </label>
      ) : (
        <p className="hint">{t('workshop.join.anonymousNote')}</p>
      )}
      <form
        className="join-form"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <fieldset className="slot-choice">
          <legend>{t('workshop.join.slot')}</legend>
          <div className="slot-options">
            {activity.slots.map((s) => (
              <label key={s} className={`slot-option q-${s}`}>
                <input type="radio" name="slot" checked={slot === s} onChange={() => setSlot(s)} />
                {slotLabel(t, activity, s)}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="field">
          {t('workshop.join.idea')}
          <textarea
            value={text}
            rows={3}
            aria-invalid={error !== null}
            aria-describedby="idea-help"
            onChange={(e) => {
              setText(e.target.value);
              if (error) setError(null);
            }}
          />
        </label>
        <p
          id="idea-help"
          className={left < 0 || error ? 'field-error' : 'hint'}
          role={error ? 'alert' : undefined}
        >
          {error ??
            (left < 0
              ? t('workshop.join.tooLong', { max: ROOM_LIMITS.ideaChars })
              : t('workshop.join.charsLeft', { count: left }))}
        </p>
        <button type="submit" className="primary">
          {t('workshop.join.add')}
        </button>
      </form>
      {mine.length > 0 && (
        <section aria-labelledby="yours-heading">
          <h2 id="yours-heading">{t('workshop.join.yours')}</h2>
          <ul className="own-ideas">
            {mine.map((p) => (
              <li key={String(p.id)} data-testid="own-idea">
                <span>
                  <strong>{slotLabel(t, activity, String(p.slot))}</strong> {String(p.text)}
                </span>
                <button
                  type="button"
                  onClick={() => room.write(`idea/${String(p.id)}`, { ...p, withdrawn: true })}
                  aria-label={`${t('workshop.join.withdraw')}: ${String(p.text)}`}
                >
                  {t('workshop.join.withdraw')}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" onClick={saveFile}>
            {t('workshop.join.saveFile')}
          </button>
          <p className="hint">{t('workshop.join.saveFileHelp')}</p>
        </section>
      )}
    </>
  );
}
