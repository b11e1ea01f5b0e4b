import { MAX_AGENTS, erlangB, trafficErlangs } from './erlang';
import { ratioSeries } from './ratioSeries';

/**
 * Erlang A (M/M/n+M): Poisson calls, exponential handle times, n agents, and callers who hang up after an
 * exponential patience with the mean given (Palm 1943; Garnett, Mandelbaum & Reiman, "Designing a call center
 * with impatient customers", M&SOM 4(3), 2002; the measures as in Mandelbaum & Zeltyn, "The M/M/n+G queue:
 * summary of performance measures", Technion, 2009).
 *
 * With x = nμ/θ, y = λ/θ (μ = 1/handle time, θ = 1/patience), E = Erlang B(n, λ/μ) and the series
 * T = Σ_j Π_{i≤j} y/(x+i) (the birth–death chain's queue states relative to state n):
 *   P(wait) = T·E / (1 + (T − 1)·E), P(abandon) = P(wait) · Σ j·u_j / (y·T),
 * and a call that finds j callers ahead reaches an agent after a time whose density, summed over j, is
 * P(wait)/T · nμ · exp(−nμt + y(1 − e^−θt)); weighted by the chance it is still there, e^−θt, this gives the
 * share answered after the target and the mean wait of those answered (derivation in the test's notes).
 */

export interface ErlangAInput {
  callsPerInterval: number;
  intervalSec: number;
  handleTimeSec: number;
  /** Mean time a caller waits before hanging up, seconds (> 0). */
  patienceSec: number;
  agents: number;
  targetAnswerSec: number;
}

export interface ErlangAResult {
  /** Probability that a call waits at all, 0–1. */
  probWait: number;
  /** Share of offered calls that hang up before an agent answers, 0–1. */
  probAbandon: number;
  /** Share of all offered calls answered within the target (abandoned calls count as not answered), 0–1. */
  serviceLevel: number;
  /** Mean wait of the calls that are answered, seconds (Infinity when none is answered). */
  averageSpeedOfAnswerSec: number;
  /** Share of agents' time spent on calls, 0–1. */
  occupancy: number;
}

function checkPatience(patienceSec: number): void {
  if (!(Number.isFinite(patienceSec) && patienceSec > 0))
    throw new RangeError(
      `the mean patience must be a number of seconds above 0 (got ${patienceSec}); callers who never hang up are Erlang C`,
    );
}

function checkTarget(targetAnswerSec: number): void {
  if (!Number.isFinite(targetAnswerSec) || targetAnswerSec < 0)
    throw new RangeError(`the answer-time target must be ≥ 0 seconds (got ${targetAnswerSec})`);
}

function checkAgents(agents: number): void {
  if (!Number.isInteger(agents) || agents < 0 || agents > MAX_AGENTS)
    throw new RangeError(
      `agents must be a whole number from 0 to ${MAX_AGENTS.toLocaleString('en')} (got ${agents})`,
    );
}

/** The queue's rates, per second, for a set of inputs (validated). */
interface Rates {
  lambda: number;
  theta: number;
  traffic: number;
  handleTimeSec: number;
  targetAnswerSec: number;
}

function ratesOf(input: Omit<ErlangAInput, 'agents'>): Rates {
  const traffic = trafficErlangs(input.callsPerInterval, input.intervalSec, input.handleTimeSec);
  checkPatience(input.patienceSec);
  checkTarget(input.targetAnswerSec);
  return {
    lambda: input.callsPerInterval / input.intervalSec,
    theta: 1 / input.patienceSec,
    traffic,
    handleTimeSec: input.handleTimeSec,
    targetAnswerSec: input.targetAnswerSec,
  };
}

/** Erlang A's measures for `n` agents given Erlang B `b` for them: O(√(calls in a patience)), not O(n). */
function measures(n: number, b: number, r: Rates): ErlangAResult {
  if (r.lambda === 0)
    return { probWait: 0, probAbandon: 0, serviceLevel: 1, averageSpeedOfAnswerSec: 0, occupancy: 0 };
  // No agents: every caller waits and hangs up; occupancy 1 is the limit as agents fall to 0.
  if (n === 0)
    return { probWait: 1, probAbandon: 1, serviceLevel: 0, averageSpeedOfAnswerSec: Infinity, occupancy: 1 };
  if (b === 0)
    return {
      probWait: 0,
      probAbandon: 0,
      serviceLevel: 1,
      averageSpeedOfAnswerSec: 0,
      occupancy: r.traffic / n,
    };
  const x = n / r.handleTimeSec / r.theta;
  const y = r.lambda / r.theta;
  const t = ratioSeries(y, x, 0);
  const logT = t.logScale + Math.log(t.sum);
  // P(wait) = 1 / (1 + (1 − E)/(E·T)), in logs: T alone can pass 1e308 when few agents face long patience.
  const probWait = 1 / (1 + Math.exp(Math.log1p(-b) - Math.log(b) - logT));
  const probAbandon = Math.min(1, (probWait * (t.indexSum / t.sum)) / y);
  const answered = 1 - probAbandon;

  const thetaTau = r.theta * r.targetAnswerSec;
  const z = Math.exp(-thetaTau);
  let answeredLate = 0;
  if (z > 0) {
    const v = ratioSeries(y * z, x, 1);
    const logLate =
      Math.log(probWait) -
      logT +
      Math.log(x) -
      Math.log(y * z) -
      (x + 1) * thetaTau -
      y * Math.expm1(-thetaTau) +
      v.logScale +
      Math.log(v.sum);
    answeredLate = Math.exp(logLate);
  }
  const answeredWaitSec = (((probWait * x) / (r.theta * y)) * t.harmonicSum) / t.sum;
  return {
    probWait,
    probAbandon,
    serviceLevel: Math.min(1, Math.max(0, answered - answeredLate)),
    averageSpeedOfAnswerSec: answered > 0 ? answeredWaitSec / answered : Infinity,
    occupancy: Math.min(1, (r.traffic * answered) / n),
  };
}

/**
 * Erlang A for a whole number of agents: probability of waiting and of hanging up, the share of all offered
 * calls answered within the target, the mean wait of the answered calls (seconds) and occupancy.
 */
export function erlangA(input: ErlangAInput): ErlangAResult {
  const r = ratesOf(input);
  checkAgents(input.agents);
  return measures(input.agents, erlangB(input.agents, r.traffic), r);
}

export interface ErlangAStaffingInput extends Omit<ErlangAInput, 'agents'> {
  /** Share of all offered calls to answer within the target, 0 < serviceLevel < 1. */
  serviceLevel?: number;
  /** Highest acceptable share of callers hanging up, 0 < maxAbandonRate ≤ 1. */
  maxAbandonRate?: number;
  /** Highest acceptable occupancy, 0 < maxOccupancy ≤ 1. */
  maxOccupancy?: number;
}

/** The targets a staffing search meets. */
type StaffingTargets = Pick<ErlangAStaffingInput, 'serviceLevel' | 'maxAbandonRate' | 'maxOccupancy'>;

function checkTargets(input: StaffingTargets): void {
  const { serviceLevel, maxAbandonRate, maxOccupancy } = input;
  if (serviceLevel === undefined && maxAbandonRate === undefined && maxOccupancy === undefined)
    throw new RangeError('give a service-level target, a maximum abandonment rate or a maximum occupancy');
  if (serviceLevel !== undefined && !(serviceLevel > 0 && serviceLevel < 1))
    throw new RangeError(
      `the service level must be above 0 and below 1 (got ${serviceLevel}); no number of agents answers every call in time`,
    );
  if (maxAbandonRate !== undefined && !(maxAbandonRate > 0 && maxAbandonRate <= 1))
    throw new RangeError(
      `the maximum abandonment rate must be above 0 and at most 1 (got ${maxAbandonRate}); some callers always hang up`,
    );
  if (maxOccupancy !== undefined && !(maxOccupancy > 0 && maxOccupancy <= 1))
    throw new RangeError(`the maximum occupancy must be in (0, 1] (got ${maxOccupancy})`);
}

/** Whether `result` meets every target given. */
export function meetsErlangATargets(result: ErlangAResult, input: StaffingTargets): boolean {
  return (
    (input.serviceLevel === undefined || result.serviceLevel >= input.serviceLevel) &&
    (input.maxAbandonRate === undefined || result.probAbandon <= input.maxAbandonRate) &&
    (input.maxOccupancy === undefined || result.occupancy <= input.maxOccupancy)
  );
}

/** Erlang B for 0…n agents, extended on demand by the recursion B(n) = A·B(n−1) / (n + A·B(n−1)). */
function erlangBTable(traffic: number): (n: number) => number {
  const table = [1];
  return (n) => {
    for (let k = table.length; k <= n; k += 1) {
      const prev = table[k - 1]!;
      table.push((traffic * prev) / (k + traffic * prev));
    }
    return table[n]!;
  };
}

/** Erlang A for one queue at any whole number of agents, all sharing one Erlang B table (one pass of its recursion). */
export interface ErlangAQueue {
  at(agents: number): ErlangAResult;
  /** The fewest whole agents meeting every target given (see agentsForErlangA). */
  agentsFor(targets: StaffingTargets): number;
}

/** The queue of `input` for any number of agents: a curve, its staffing and its high targets from one table. */
export function erlangAQueue(input: Omit<ErlangAInput, 'agents'>): ErlangAQueue {
  const r = ratesOf(input);
  const b = erlangBTable(r.traffic);
  const at = (n: number) => {
    checkAgents(n);
    return measures(n, b(n), r);
  };
  return { at, agentsFor: (targets) => searchAgents(r, targets, at) };
}

/**
 * The fewest whole agents meeting every target given (service level, abandonment, occupancy), each of which
 * only improves with agents: a doubling search then a binary search, with Erlang B carried in one pass of
 * its recursion, so about 2·log₂(n) evaluations of the queue instead of one per candidate.
 */
export function agentsForErlangA(input: ErlangAStaffingInput): number {
  return erlangAQueue(input).agentsFor(input);
}

function searchAgents(r: Rates, targets: StaffingTargets, at: (n: number) => ErlangAResult): number {
  checkTargets(targets);
  if (r.lambda === 0) return 0;
  const ok = (n: number) => meetsErlangATargets(at(n), targets);
  // Answered calls cannot outnumber what n agents can serve (n/A of those offered): a lower bound.
  const answeredNeeded = Math.max(targets.serviceLevel ?? 0, 1 - (targets.maxAbandonRate ?? 1));
  let low = Math.max(0, Math.floor(answeredNeeded * r.traffic) - 1);
  if (ok(low)) return low;
  let step = 1;
  let high = low + step;
  while (!ok(high)) {
    if (high >= MAX_AGENTS)
      throw new RangeError(
        `more than ${MAX_AGENTS.toLocaleString('en')} agents (the most a model holds) would be needed for ${Math.round(r.traffic).toLocaleString('en')} Erlangs of traffic at these targets: check the targets and traffic`,
      );
    low = high;
    step *= 2;
    high = Math.min(MAX_AGENTS, low + step);
  }
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (ok(mid)) high = mid;
    else low = mid;
  }
  return high;
}
