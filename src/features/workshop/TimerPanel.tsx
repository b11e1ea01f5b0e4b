import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addMinute,
  isRunning,
  pauseTimer,
  setTimer,
  startTimer,
  type Timer,
} from '../../domain/workshop/timer';
import { Countdown } from './Countdown';
import { useNow } from './useNow';

/** Set, start, pause and lengthen the activity's countdown; participants see it on their phones. */
export function TimerPanel({ timer, onChange }: { timer: Timer; onChange: (timer: Timer) => void }) {
  const { t } = useTranslation();
  const [minutes, setMinutes] = useState(String(Math.round(timer.durationSec / 60)));
  const [sound, setSound] = useState(false);
  const running = isRunning(timer, useNow(timer.endsAt !== null, 500));
  return (
    <section className="card workshop-timer" aria-labelledby="timer-heading">
      <h2 id="timer-heading">{t('workshop.timer.heading')}</h2>
      <Countdown timer={timer} sound={sound} />
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          onChange(setTimer(Number(minutes)));
        }}
      >
        <label>
          {t('workshop.timer.minutes')}
          <input
            type="number"
            min={0}
            max={240}
            step={1}
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
          />
        </label>
        <button type="submit">{t('workshop.timer.set')}</button>
      </form>
      <div className="toolbar">
        {running ? (
          <button type="button" onClick={() => onChange(pauseTimer(timer, Date.now()))}>
            {t('workshop.timer.pause')}
          </button>
        ) : (
          <button type="button" className="primary" onClick={() => onChange(startTimer(timer, Date.now()))}>
            {t('workshop.timer.start')}
          </button>
        )}
        <button type="button" onClick={() => onChange(addMinute(timer, Date.now()))}>
          {t('workshop.timer.addMinute')}
        </button>
        <label className="checkbox">
          <input type="checkbox" checked={sound} onChange={(e) => setSound(e.target.checked)} />
          {t('workshop.timer.sound')}
        </label>
      </div>
    </section>
  );
}
