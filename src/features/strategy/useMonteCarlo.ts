import { useEffect, useMemo, useState } from 'react';
import {
  monteCarloFirst,
  type MonteCarloInput,
  type MonteCarloResult,
} from '../../domain/strategy/monteCarlo';

/**
 * The Monte Carlo of `input` (null: nothing to run), run in a Web Worker: `result` is the latest finished one
 * (kept on screen while a newer one runs), `calculating` says whether it is for older inputs. A run
 * superseded by new inputs is stopped (its worker ended), not waited for. `key` stands for the input's
 * numbers: a new object with the same numbers starts no run. Without workers (tests in Node), it runs at once.
 */
export function useMonteCarlo(input: MonteCarloInput | null, key: string) {
  const inline = typeof Worker === 'undefined';
  const [done, setDone] = useState<{ key: string; result: MonteCarloResult | null }>({
    key: '',
    result: null,
  });
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const direct = useMemo(() => (inline && input ? monteCarloFirst(input) : null), [inline, key]);
  useEffect(() => {
    if (!input || inline) return;
    const worker = new Worker(new URL('../../workers/monteCarlo.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (event: MessageEvent<MonteCarloResult>) => {
      setDone({ key, result: event.data });
      worker.terminate();
    };
    // A worker that cannot start (a blocked script) still gives an answer, on the main thread.
    worker.onerror = () => {
      setDone({ key, result: monteCarloFirst(input) });
      worker.terminate();
    };
    worker.postMessage(input);
    return () => worker.terminate();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [inline, key]);
  if (!input) return { result: null, calculating: false };
  if (inline) return { result: direct, calculating: false };
  return { result: done.result, calculating: done.key !== key };
}
