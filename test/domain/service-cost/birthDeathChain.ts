import type { ErlangAInput, ErlangAResult } from '../../../src/domain/service-cost/erlangA';

/**
 * Erlang A by brute force, independent of the closed forms under test: the stationary distribution of the
 * birth–death chain (birth λ, death min(k, n)μ + max(k − n, 0)θ) summed state by state until the tail is
 * negligible; the service level by uniformisation of the tagged caller's chain (position j advances at
 * nμ + jθ, hangs up at θ); the answered callers' mean wait by first-step analysis of the same chain.
 * Fine for tens of agents, far too slow for the app.
 */
export function birthDeathErlangA(input: ErlangAInput): ErlangAResult {
  const lambda = input.callsPerInterval / input.intervalSec;
  const mu = 1 / input.handleTimeSec;
  const theta = 1 / input.patienceSec;
  const n = input.agents;

  const probs = [1];
  let total = 1;
  for (let k = 1; ; k += 1) {
    const death = Math.min(k, n) * mu + Math.max(k - n, 0) * theta;
    const p = (probs[k - 1]! * lambda) / death;
    probs.push(p);
    total += p;
    if (k > n && p < 1e-18 * total) break;
  }
  const pi = probs.map((p) => p / total);
  const queue = pi.slice(n);
  const probWait = queue.reduce((s, p) => s + p, 0);
  const queueLength = queue.reduce((s, p, j) => s + j * p, 0);
  const probAbandon = (theta * queueLength) / lambda;
  const answered = 1 - probAbandon;

  // Uniformisation: start with the mass of a caller arriving to j callers ahead; count what reaches an agent.
  const positions = queue.length;
  const rate = n * mu + positions * theta + theta;
  const lt = rate * input.targetAnswerSec;
  let dist = queue.slice();
  let served = 0;
  let poisson = Math.exp(-lt);
  let servedInTime = poisson * served;
  const steps = Math.ceil(lt + 12 * Math.sqrt(lt) + 60);
  for (let k = 1; k <= steps; k += 1) {
    const next = new Array<number>(positions).fill(0);
    for (let j = 0; j < positions; j += 1) {
      const advance = n * mu + j * theta;
      const stay = rate - advance - theta;
      if (j === 0) served += (dist[0]! * advance) / rate;
      else next[j - 1]! += (dist[j]! * advance) / rate;
      next[j]! += (dist[j]! * stay) / rate;
    }
    dist = next;
    poisson *= lt / k;
    servedInTime += poisson * served;
  }

  // From j ahead: p_j = P(reach an agent), w_j = E[wait · 1{reached}], built up from p_−1 = 1, w_−1 = 0.
  let reach = 1;
  let waitReached = 0;
  let answeredWait = 0;
  for (let j = 0; j < positions; j += 1) {
    const advance = n * mu + j * theta;
    const q = advance / (advance + theta);
    waitReached = q * (reach / (advance + theta) + waitReached);
    reach *= q;
    answeredWait += queue[j]! * waitReached;
  }

  return {
    probWait,
    probAbandon,
    serviceLevel: 1 - probWait + (input.targetAnswerSec === 0 ? 0 : servedInTime),
    averageSpeedOfAnswerSec: answeredWait / answered,
    occupancy: (lambda * answered) / (n * mu),
  };
}
