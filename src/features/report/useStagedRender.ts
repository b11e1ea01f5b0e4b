import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * How many of `stages` parts to render: one more after each commit, each in its own task, so that a long
 * page (the report draws every chart) never holds the main thread in one block of a second or more.
 * Printing renders every part at once first, so that Ctrl+P straight after opening prints it whole.
 */
export function useStagedRender(stages: number): number {
  const [shown, setShown] = useState(1);
  useEffect(() => {
    if (shown >= stages) return;
    const timer = setTimeout(() => setShown((n) => n + 1), 0);
    return () => clearTimeout(timer);
  }, [shown, stages]);
  useEffect(() => {
    const all = () => flushSync(() => setShown(stages));
    window.addEventListener('beforeprint', all);
    return () => window.removeEventListener('beforeprint', all);
  }, [stages]);
  return shown;
}
