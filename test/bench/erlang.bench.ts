import { bench, describe } from 'vitest';
import { agentsForServiceLevel, callCentre, erlangC } from '../../src/domain/service-cost/erlang';

/** The textbook formula with factorials: C = (A^N/N! · N/(N−A)) / (Σ_{k<N} A^k/k! + A^N/N! · N/(N−A)). */
function naiveErlangC(n: number, a: number): number {
  const factorial = (k: number) => {
    let f = 1;
    for (let i = 2; i <= k; i += 1) f *= i;
    return f;
  };
  let sum = 0;
  for (let k = 0; k < n; k += 1) sum += a ** k / factorial(k);
  const top = (a ** n / factorial(n)) * (n / (n - a));
  return top / (sum + top);
}

describe('Erlang C, 150 agents at 140 Erlangs (the largest size the factorial form still computes)', () => {
  bench('recursion (erlangC)', () => {
    erlangC(150, 140);
  });
  bench('naive factorial formula', () => {
    naiveErlangC(150, 140);
  });
});

describe('Erlang C, 10,000 agents at 9,800 Erlangs (factorials overflow: naive gives NaN)', () => {
  bench('recursion (erlangC)', () => {
    erlangC(10_000, 9_800);
  });
});

describe('staffing search: 2,200 calls a day in a 10-hour day, 13 s target, 80%', () => {
  const input = {
    callsPerInterval: 2200,
    intervalSec: 36_000,
    handleTimeSec: 240,
    targetAnswerSec: 13,
    serviceLevel: 0.8,
  };
  bench('agentsForServiceLevel (one recursion carried along)', () => {
    agentsForServiceLevel(input);
  });
  bench('naive: Erlang C from scratch for each number of agents', () => {
    for (let n = 15; ; n += 1) if (callCentre({ ...input, agents: n }).serviceLevel >= 0.8) break;
  });
});
