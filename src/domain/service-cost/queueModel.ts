import type { CallCentreModel } from '../project/types';
import {
  MAX_AGENTS,
  agentsForServiceLevel,
  callCentre,
  scanCallCentre,
  trafficErlangs,
  type CallCentreResult,
} from './erlang';
import { erlangAQueue, type ErlangAResult } from './erlangA';

/** A call centre's queue measures at some number of agents, from Erlang C or Erlang A. */
export interface QueueMeasures extends CallCentreResult {
  /** Share of callers who hang up before an agent answers (0 in Erlang C, where nobody does). */
  probAbandon: number;
}

/** The queue a call-centre model describes: Erlang A when callers hang up, Erlang C when they wait forever. */
export interface QueueModel {
  formula: 'erlangC' | 'erlangA';
  trafficErlangs: number;
  /** The fewest agents meeting the model's target (and occupancy and abandonment limits). */
  requiredFor(serviceLevel: number): number;
  at(agents: number): QueueMeasures;
  /** The fewest agents worth drawing on a curve: Erlang C's first stable count; for Erlang A, 60% of the traffic. */
  firstAgents: number;
  /** Measures for each count from `from` on; Erlang A computes only the counts `wanted` asks for. */
  scan(
    from: number,
    count: number,
    visit: (m: QueueMeasures, agents: number, index: number) => boolean | void,
    wanted?: (agents: number, index: number) => boolean,
  ): void;
}

/**
 * Erlang A's cost grows with the square root of the calls arriving within one mean patience; past this many
 * a curve would hold the page, and Erlang C (leave the patience empty) is then within a hair anyway.
 */
export const MAX_CALLS_PER_PATIENCE = 200_000;

function fromErlangA(
  r: ErlangAResult,
  traffic: number,
  callsPerSec: number,
  patienceSec: number,
): QueueMeasures {
  return {
    trafficErlangs: traffic,
    probWait: r.probWait,
    serviceLevel: r.serviceLevel,
    averageSpeedOfAnswerSec: r.averageSpeedOfAnswerSec,
    occupancy: r.occupancy,
    // Little's law on the callers who leave: θ·Lq = λ·P(abandon).
    queueLength: r.probAbandon * callsPerSec * patienceSec,
    probAbandon: r.probAbandon,
  };
}

/** The queue of a call-centre model (throws a RangeError with the reason when its numbers cannot be computed). */
export function queueModelOf(model: CallCentreModel): QueueModel {
  const base = {
    callsPerInterval: model.callsPerInterval,
    intervalSec: model.intervalSec,
    handleTimeSec: model.handleTimeSec,
    targetAnswerSec: model.targetAnswerSec,
  };
  const traffic = trafficErlangs(model.callsPerInterval, model.intervalSec, model.handleTimeSec);
  const maxOccupancy = model.maxOccupancy ?? undefined;
  const patienceSec = model.patienceSec;
  if (patienceSec === null) {
    // Field by field: an object spread here, once per agent count, made a 99,000-count curve take 100 ms.
    const withAbandon = (r: CallCentreResult): QueueMeasures => ({
      trafficErlangs: r.trafficErlangs,
      probWait: r.probWait,
      serviceLevel: r.serviceLevel,
      averageSpeedOfAnswerSec: r.averageSpeedOfAnswerSec,
      occupancy: r.occupancy,
      queueLength: r.queueLength,
      probAbandon: 0,
    });
    return {
      formula: 'erlangC',
      trafficErlangs: traffic,
      requiredFor: (serviceLevel) => agentsForServiceLevel({ ...base, serviceLevel, maxOccupancy }),
      at: (agents) => withAbandon(callCentre({ ...base, agents })),
      firstAgents: Math.floor(traffic) + 1,
      scan: (from, count, visit) =>
        scanCallCentre(base, from, count, (r, n, i) => visit(withAbandon(r), n, i)),
    };
  }
  const input = { ...base, patienceSec };
  const callsPerSec = model.callsPerInterval / model.intervalSec;
  if (callsPerSec * patienceSec > MAX_CALLS_PER_PATIENCE)
    throw new RangeError(
      `callers who hang up are computed for up to ${MAX_CALLS_PER_PATIENCE.toLocaleString('en')} calls arriving within one mean patience (here ${Math.round(callsPerSec * patienceSec).toLocaleString('en')}): shorten the patience or leave it empty to use Erlang C`,
    );
  const measures = (r: ErlangAResult) => fromErlangA(r, traffic, callsPerSec, patienceSec);
  const queue = erlangAQueue(input);
  const maxAbandonRate = model.maxAbandonRate ?? undefined;
  return {
    formula: 'erlangA',
    trafficErlangs: traffic,
    requiredFor: (serviceLevel) => queue.agentsFor({ serviceLevel, maxOccupancy, maxAbandonRate }),
    at: (agents) => measures(queue.at(agents)),
    firstAgents: Math.max(1, Math.floor(0.6 * traffic)),
    scan: (from, count, visit, wanted = () => true) => {
      for (let i = 0; i < count && from + i <= MAX_AGENTS; i += 1)
        if (wanted(from + i, i) && visit(measures(queue.at(from + i)), from + i, i)) return;
    },
  };
}
