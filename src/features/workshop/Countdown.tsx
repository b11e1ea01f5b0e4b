import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCountdown, isRunning, remainingSec, type Timer } from '../../domain/workshop/timer';
import { useNow } from './useNow';

/** The activity's time left, large; a short soft tone at zero when `sound` is on. */
export function Countdown({ timer, sound = false }: { timer: Timer; sound?: boolean }) {
  const { t } = useTranslation();
  const running = timer.endsAt !== null;
  const now = useNow(running);
  const left = remainingSec(timer, now);
  const wasRunning = useRef(isRunning(timer, now));
  useEffect(() => {
    const runs = isRunning(timer, now);
    if (wasRunning.current && !runs && left === 0 && sound) chime();
    wasRunning.current = runs;
  }, [timer, now, left, sound]);
  const done = running && left === 0;
  return (
    <div className={`countdown${done ? ' done' : ''}`} role="timer" aria-label={t('workshop.timer.left')}>
      <span className="countdown-digits">{formatCountdown(left)}</span>
      {done && <span className="countdown-done">{t('workshop.timer.done')}</span>}
    </div>
  );
}

/** Two soft sine tones (no file to load). */
function chime(): void {
  try {
    const audio = new AudioContext();
    [660, 880].forEach((frequency, n) => {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.frequency.value = frequency;
      const start = audio.currentTime + n * 0.35;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.15, start + 0.05);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.6);
      osc.connect(gain).connect(audio.destination);
      osc.start(start);
      osc.stop(start + 0.65);
    });
  } catch {
    // No audio here: the screen says "Time is up".
  }
}
