import gammainc from '@stdlib/math-base-special-gammainc';
import gammaln from '@stdlib/math-base-special-gammaln';
import { MAX_TRAFFIC_ERLANGS, RANGES } from '../project/ranges';
import { recursionTable } from './erlangBTable';

/** The most agents a model holds: staffing that needs more says so instead of counting on. */
export const MAX_AGENTS = RANGES.agents.max;

/**
 * Erlang B and C for call-centre staffing (M/M/N queues), computed with the Erlang B recursion
 * B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1)) — never with factorials, which overflow near 170 agents
 * (A. K. Erlang 1917; the recursion as in G. Koole, Call Center Optimization, 2013, ch. 5).
 * Fractional agents use the continuous Erlang B, B(x, A) = A^x e^−A / Γ(x+1, A) (Jagerman 1974), started
 * at the fractional part and carried up by the same recursion, which holds for real x.
 */

function checkInputs(agents: number, trafficErlangs: number): void {
  if (!Number.isFinite(agents) || agents < 0)
    throw new RangeError(`agents must be a number ≥ 0 (got ${agents})`);
  if (!Number.isFinite(trafficErlangs) || trafficErlangs < 0)
    throw new RangeError(`traffic must be a number of Erlangs ≥ 0 (got ${trafficErlangs})`);
}

/** Upper incomplete gamma Γ(s, x) divided by e^−x x^s, by Lentz's continued fraction (x ≥ s + 1; Numerical Recipes gcf). */
function scaledUpperGammaCf(s: number, x: number): number {
  const tiny = 1e-300;
  let b = x + 1 - s;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000; i += 1) {
    const an = -i * (i - s);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return h;
}

/** Continuous Erlang B for 0 ≤ f < 1 agents. */
function erlangBFractionalBase(f: number, a: number): number {
  if (f === 0 || a === 0) return f === 0 ? 1 : 0;
  const s = f + 1;
  // B = A^f e^−A / Γ(f+1, A). For large A both sides underflow, so use the scaled continued fraction.
  const b =
    a >= s + 1
      ? 1 / (a * scaledUpperGammaCf(s, a))
      : Math.exp(f * Math.log(a) - a - gammaln(s) - Math.log(gammainc(a, s, true, true)));
  // A probability: only rounding can take it a hair past 1.
  return Math.min(1, b);
}

/**
 * Erlang B: the probability that a call finds all `agents` busy and is lost, for `trafficErlangs` offered
 * (calls per second × handle time in seconds). Fractional agents are allowed (continuous Erlang B).
 */
export function erlangB(agents: number, trafficErlangs: number): number {
  checkInputs(agents, trafficErlangs);
  const whole = Math.floor(agents);
  const fraction = agents - whole;
  if (fraction === 0 && whole <= MAX_AGENTS) return recursionTable(trafficErlangs, whole)[whole]!;
  let b = erlangBFractionalBase(fraction, trafficErlangs);
  for (let k = 1; k <= whole; k += 1) {
    const n = fraction + k;
    b = (trafficErlangs * b) / (n + trafficErlangs * b);
  }
  return b;
}

/**
 * Erlang C: the probability that a call has to wait, C = N·B / (N − A(1 − B)); 1 when agents ≤ traffic
 * (the queue then grows without limit).
 */
export function erlangC(agents: number, trafficErlangs: number): number {
  checkInputs(agents, trafficErlangs);
  if (agents <= trafficErlangs) return 1;
  const b = erlangB(agents, trafficErlangs);
  return (agents * b) / (agents - trafficErlangs * (1 - b));
}

export interface CallCentreInput {
  callsPerInterval: number;
  intervalSec: number;
  handleTimeSec: number;
  agents: number;
  targetAnswerSec: number;
}

export interface CallCentreResult {
  trafficErlangs: number;
  /** Probability that a call waits at all, 0–1. */
  probWait: number;
  /** Share of calls answered within the target, 0–1. */
  serviceLevel: number;
  averageSpeedOfAnswerSec: number;
  /** Share of agents' time spent on calls, 0–1. */
  occupancy: number;
  /** Mean number of calls waiting. */
  queueLength: number;
}

/** Offered traffic in Erlangs: calls per second × handle time in seconds. */
export function trafficErlangs(callsPerInterval: number, intervalSec: number, handleTimeSec: number): number {
  if (!Number.isFinite(callsPerInterval) || callsPerInterval < 0)
    throw new RangeError(`calls per interval must be ≥ 0 (got ${callsPerInterval})`);
  if (!Number.isFinite(intervalSec) || intervalSec <= 0)
    throw new RangeError(`the interval must be > 0 seconds (got ${intervalSec})`);
  if (!Number.isFinite(handleTimeSec) || handleTimeSec <= 0)
    throw new RangeError(`the handle time must be > 0 seconds (got ${handleTimeSec})`);
  const traffic = (callsPerInterval / intervalSec) * handleTimeSec;
  if (traffic > MAX_TRAFFIC_ERLANGS)
    throw new RangeError(
      `the calls offer ${Math.round(traffic).toLocaleString('en')} Erlangs of traffic; the model computes up to ${MAX_TRAFFIC_ERLANGS.toLocaleString('en')} (as many agents as it holds): check calls, interval and handle time`,
    );
  return traffic;
}

/**
 * The standard Erlang C measures for a number of agents: service level SL = 1 − C·e^(−(N−A)·t/AHT),
 * ASA = C·AHT/(N−A), occupancy A/N, queue length C·A/(N−A). With agents ≤ traffic the queue is unstable:
 * probWait 1, serviceLevel 0, ASA Infinity, occupancy 1, queueLength Infinity.
 */
export function callCentre(input: CallCentreInput): CallCentreResult {
  const a = trafficErlangs(input.callsPerInterval, input.intervalSec, input.handleTimeSec);
  const { agents, targetAnswerSec, handleTimeSec } = input;
  if (!Number.isFinite(targetAnswerSec) || targetAnswerSec < 0)
    throw new RangeError(`the answer-time target must be ≥ 0 seconds (got ${targetAnswerSec})`);
  if (agents <= a) {
    checkInputs(agents, a);
    return {
      trafficErlangs: a,
      probWait: 1,
      serviceLevel: 0,
      averageSpeedOfAnswerSec: Infinity,
      occupancy: 1,
      queueLength: Infinity,
    };
  }
  return measuresFromErlangB(agents, a, erlangB(agents, a), targetAnswerSec, handleTimeSec);
}

/** The Erlang C measures for `agents` > traffic `a`, from Erlang B for those agents (O(1)). */
function measuresFromErlangB(
  agents: number,
  a: number,
  b: number,
  targetAnswerSec: number,
  handleTimeSec: number,
): CallCentreResult {
  const c = (agents * b) / (agents - a * (1 - b));
  return {
    trafficErlangs: a,
    probWait: c,
    serviceLevel: 1 - c * Math.exp((-(agents - a) * targetAnswerSec) / handleTimeSec),
    averageSpeedOfAnswerSec: (c * handleTimeSec) / (agents - a),
    occupancy: a / agents,
    queueLength: (c * a) / (agents - a),
  };
}

/**
 * Visits `callCentre` for every whole number of agents from `from` (> traffic) up, in one pass of the Erlang B
 * recursion: O(from + count) in all, where calling `callCentre` per agent count is O(from × count).
 * Stops after `count` agent counts or once `visit` returns true.
 */
export function scanCallCentre(
  input: Omit<CallCentreInput, 'agents'>,
  from: number,
  count: number,
  visit: (result: CallCentreResult, agents: number, index: number) => boolean | void,
): void {
  const a = trafficErlangs(input.callsPerInterval, input.intervalSec, input.handleTimeSec);
  if (!Number.isInteger(from) || from <= a)
    throw new RangeError(`the series starts at a whole number of agents above the traffic (got ${from})`);
  let b = erlangB(from, a);
  for (let i = 0; i < count; i += 1) {
    const n = from + i;
    if (i > 0) b = (a * b) / (n + a * b);
    if (visit(measuresFromErlangB(n, a, b, input.targetAnswerSec, input.handleTimeSec), n, i)) return;
  }
}

/** `scanCallCentre`'s results as an array, stopping after `count` entries or once `stop` holds for an entry. */
export function callCentreSeries(
  input: Omit<CallCentreInput, 'agents'>,
  from: number,
  count: number,
  stop: (result: CallCentreResult, agents: number) => boolean = () => false,
): CallCentreResult[] {
  const out: CallCentreResult[] = [];
  scanCallCentre(input, from, count, (result, agents) => {
    out.push(result);
    return stop(result, agents);
  });
  return out;
}

export interface StaffingInput {
  callsPerInterval: number;
  intervalSec: number;
  handleTimeSec: number;
  targetAnswerSec: number;
  /** Share of calls to answer within the target, 0 < serviceLevel < 1. */
  serviceLevel: number;
  /** Highest acceptable occupancy, 0 < maxOccupancy ≤ 1. */
  maxOccupancy?: number;
}

/**
 * The fewest whole agents that answer `serviceLevel` of calls within the target (and keep occupancy at
 * or below `maxOccupancy`). Walks up from the first stable number of agents, carrying Erlang B along
 * the recursion so each step costs O(1).
 */
export function agentsForServiceLevel(input: StaffingInput): number {
  const a = trafficErlangs(input.callsPerInterval, input.intervalSec, input.handleTimeSec);
  const { serviceLevel, targetAnswerSec, handleTimeSec } = input;
  const maxOccupancy = input.maxOccupancy ?? 1;
  if (!(serviceLevel > 0 && serviceLevel < 1))
    throw new RangeError(
      `the service level must be above 0 and below 1 (got ${serviceLevel}); 1 would need infinite agents`,
    );
  if (!(maxOccupancy > 0 && maxOccupancy <= 1))
    throw new RangeError(`the maximum occupancy must be in (0, 1] (got ${maxOccupancy})`);
  if (!Number.isFinite(targetAnswerSec) || targetAnswerSec < 0)
    throw new RangeError(`the answer-time target must be ≥ 0 seconds (got ${targetAnswerSec})`);
  if (a === 0) return 0;
  // Occupancy a/n ≤ max needs n ≥ a/max: start there (less one for rounding; the loop checks) instead of
  // walking up to it, which at a tiny maximum occupancy would be billions of steps.
  let n = Math.max(Math.floor(a) + 1, Math.floor(a / maxOccupancy));
  for (let b = n <= MAX_AGENTS ? erlangB(n, a) : 0; n <= MAX_AGENTS;) {
    const c = (n * b) / (n - a * (1 - b));
    const sl = 1 - c * Math.exp((-(n - a) * targetAnswerSec) / handleTimeSec);
    if (sl >= serviceLevel && a / n <= maxOccupancy) return n;
    n += 1;
    b = (a * b) / (n + a * b);
  }
  throw new RangeError(
    `more than ${MAX_AGENTS.toLocaleString('en')} agents (the most a model holds) would be needed for ${Math.round(a).toLocaleString('en')} Erlangs of traffic at ${maxOccupancy < 1 ? `a maximum occupancy of ${+(maxOccupancy * 100).toPrecision(3)}% and ` : ''}this service level: check the occupancy limit, target and traffic`,
  );
}

/**
 * Erlang B for lines or trunks: the fewest whole lines with blocking (the share of calls that find every
 * line busy and are lost) at most `maxBlocking`, for `trafficErlangs` offered; one pass of the recursion.
 */
export function linesForBlocking(trafficErlangs: number, maxBlocking: number): number {
  checkInputs(0, trafficErlangs);
  if (!(maxBlocking > 0 && maxBlocking < 1))
    throw new RangeError(
      `the blocking target must be above 0 and below 1 (got ${maxBlocking}); no number of lines blocks no call at all`,
    );
  let b = 1;
  for (let n = 0; n <= MAX_AGENTS; n += 1) {
    if (n > 0) b = (trafficErlangs * b) / (n + trafficErlangs * b);
    if (b <= maxBlocking) return n;
  }
  throw new RangeError(
    `more than ${MAX_AGENTS.toLocaleString('en')} lines would be needed for ${Math.round(trafficErlangs).toLocaleString('en')} Erlangs at this blocking target`,
  );
}

/**
 * Staff to schedule for `rawAgents` on the phones when a share `shrinkage` (0 ≤ s < 1) of paid time is lost
 * to breaks, training and absence: ⌈raw / (1 − s)⌉, raw agents being whole already.
 */
export function scheduledAgents(rawAgents: number, shrinkage: number): number {
  if (!Number.isFinite(rawAgents) || rawAgents < 0)
    throw new RangeError(`agents must be a number ≥ 0 (got ${rawAgents})`);
  if (!(shrinkage >= 0 && shrinkage < 1))
    throw new RangeError(
      `shrinkage must be at least 0% and below 100% (got ${+(shrinkage * 100).toPrecision(4)}%); at 100% nobody is ever on the phones`,
    );
  // 1e-9 absorbs binary rounding (14 / (1 − 0.3) must stay 20, not 20.000000000000004 → 21).
  return Math.max(0, Math.ceil(Math.ceil(rawAgents) / (1 - shrinkage) - 1e-9));
}
