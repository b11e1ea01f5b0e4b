import { useEffect, useState } from 'react';

/** The time now (ms), updated every `ms` while `active` (a countdown on screen). */
export function useNow(active: boolean, ms = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const tick = () => setNow(Date.now());
    const id = window.setInterval(tick, ms);
    return () => window.clearInterval(id);
  }, [active, ms]);
  return now;
}
