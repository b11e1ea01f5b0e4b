import { monteCarloFirst, type MonteCarloInput } from '../domain/strategy/monteCarlo';

/** Runs the Monte Carlo off the main thread: thousands of re-rankings must not freeze typing. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<MonteCarloInput>) => void) | null;
  postMessage: (message: unknown) => void;
};
scope.onmessage = (event) => scope.postMessage(monteCarloFirst(event.data));
