import type { Quadrant } from '../project/types';
import type { Contribution } from './merge';
import type { Idea } from './tally';

/** Participants numbered in the order they first wrote (the "3" of "anonymous 3"); `order` is the tally's. */
export function participantNumbers(order: readonly string[]): Map<string, number> {
  return new Map(order.map((pid, i) => [pid, i + 1]));
}

/** `chosen` ideas of a room as contributions, participants numbered by the room's `order` as the facilitator sees them. */
export function roomContributions<S extends string = Quadrant>(
  order: readonly string[],
  chosen: readonly Idea[],
): Contribution<S>[] {
  const numbers = participantNumbers(order);
  return chosen.map((idea) => ({
    ref: `${idea.pid.slice(0, 16)}/${idea.id}`,
    participant: numbers.get(idea.pid) ?? numbers.size + 1,
    name: idea.name ?? '',
    slot: idea.slot as S,
    text: idea.text,
    at: idea.at,
  }));
}
