import { LIMITS } from '../project/limits';
import type { Contributor } from '../project/types';
import type { Contribution } from './merge';

/** A contribution as the provenance kept on an item: name, participant number, time and ref, each within its limit. */
export function toContributor(c: Contribution<string>): Contributor {
  return {
    name: c.name.slice(0, LIMITS.contributorNameChars),
    n: Math.min(Math.max(1, c.participant), LIMITS.participantsPerRecord),
    at: c.at,
    ref: c.ref.slice(0, LIMITS.contributorRefChars),
  };
}

/** `old` with the givers of `added` it does not have yet (by ref), earliest kept, at most `max`. */
export function withContributors(
  old: readonly Contributor[],
  added: readonly Contributor[],
  max: number,
): Contributor[] {
  const refs = new Set(old.map((c) => c.ref).filter(Boolean));
  const fresh = added.filter((c) => !c.ref || !refs.has(c.ref));
  return [...old, ...fresh].slice(0, max);
}
