import { LIMITS } from '../project/limits';
import { QUADRANTS } from '../project/schema';
import type { Project, Quadrant, WorkshopRecord } from '../project/types';
import { addItem, updateItem } from '../swot/edit';
import { findItem } from '../swot/findItem';
import { toContributor, withContributors } from './givers';
import { normaliseText } from './normaliseText';
import { RECORD_TOP } from './record';

/** One idea a participant gave, from a live room or a file, with who gave it; `S` is its canvas's slots. */
export interface Contribution<S extends string = Quadrant> {
  /** `<participant key prefix>/<idea id>`: the same idea met twice (two files, a file and the room) counts once. */
  ref: string;
  /** The participant's number in this merge ("anonymous 3"), 1-based. */
  participant: number;
  /** Their name, or '' if anonymous. */
  name: string;
  slot: S;
  text: string;
  /** When they wrote it (ISO). */
  at: string;
}

/** Where ideas of one normalised text go: a quadrant, the item already there (if any) and the new ideas. */
export interface MergePlace {
  slot: Quadrant;
  existingId: string | null;
  text: string;
  contributions: Contribution[];
}

/** Ideas that are duplicates of each other by normalised text; more than one place is a conflict. */
export interface MergeGroup {
  key: string;
  places: MergePlace[];
}

/** What the facilitator chose for a conflict: keep the idea in every quadrant it was given in, or in one. */
export type MergeChoice = 'all' | Quadrant;

export interface MergePlan {
  groups: MergeGroup[];
  /** Contributions already recorded on the project's items (re-imported), left out. */
  known: number;
}

/**
 * Groups `contributions` by normalised text (case, width, spaces and punctuation, in Chinese too) with the
 * project's SWOT items: an idea equal to an item of the same quadrant joins it, ideas equal to each other become
 * one item, and the same text in different quadrants is a conflict shown side by side. Nothing is dropped but
 * what the project already records (same `ref`) and repeats of one contribution.
 */
export function planMerge(swot: Project['swot'], contributions: readonly Contribution[]): MergePlan {
  const groups = new Map<string, MergeGroup>();
  const known = new Set<string>();
  const placeOf = (key: string, slot: Quadrant) => {
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, places: [] }));
    return group.places.find((p) => p.slot === slot);
  };
  const existing = new Map<string, { slot: Quadrant; id: string; text: string }[]>();
  for (const slot of QUADRANTS)
    for (const item of swot[slot]) {
      const key = normaliseText(item.text);
      if (key === '') continue;
      item.contributors.forEach((c) => c.ref && known.add(c.ref));
      const list = existing.get(key) ?? [];
      if (!list.some((e) => e.slot === slot)) list.push({ slot, id: item.id, text: item.text });
      existing.set(key, list);
    }
  let skipped = 0;
  const seen = new Set<string>();
  for (const c of contributions) {
    const key = normaliseText(c.text);
    if (key === '' || seen.has(c.ref)) continue;
    seen.add(c.ref);
    if (known.has(c.ref)) {
      skipped += 1;
      continue;
    }
    let place = placeOf(key, c.slot);
    if (!place) {
      const item = existing.get(key)?.find((e) => e.slot === c.slot);
      place = { slot: c.slot, existingId: item?.id ?? null, text: item?.text ?? c.text, contributions: [] };
      groups.get(key)!.places.push(place);
    }
    place.contributions.push(c);
  }
  // A conflict includes the quadrants the project already has the text in, so the choice is made knowingly.
  for (const group of groups.values())
    for (const item of existing.get(group.key) ?? [])
      if (!group.places.some((p) => p.slot === item.slot))
        group.places.push({ slot: item.slot, existingId: item.id, text: item.text, contributions: [] });
  for (const group of groups.values())
    group.places.sort((a, b) => QUADRANTS.indexOf(a.slot) - QUADRANTS.indexOf(b.slot));
  return { groups: [...groups.values()], known: skipped };
}

/** A group whose ideas were given in more than one quadrant (or sit in another quadrant already). */
export const isConflict = (group: MergeGroup) => group.places.length > 1;

/**
 * The project with the plan applied: new items for new ideas, and every contribution recorded on the item it
 * went into (its contributors, at most `LIMITS.contributorsPerItem` per item, earliest kept). A conflict's
 * choice of one quadrant puts all its contributions there; 'all' (the default) keeps each where it was given.
 * `newId` makes ids (tests pass a counter).
 */
export function applyMerge(
  project: Project,
  plan: MergePlan,
  choices: ReadonlyMap<string, MergeChoice>,
  newId?: () => string,
): Project {
  let next = project;
  for (const group of plan.groups) {
    for (const { place, contributions } of placements(group, choices)) {
      const contributors = contributions.map(toContributor);
      const where = place.existingId ? findItem(next, place.existingId) : null;
      if (where) {
        const item = next.swot[where.quadrant][where.index]!;
        next = updateItem(next, item.id, {
          contributors: withContributors(item.contributors, contributors, LIMITS.contributorsPerItem),
        });
      } else if (!place.existingId)
        next = addItem(
          next,
          place.slot,
          place.text.slice(0, LIMITS.textChars),
          undefined,
          newId?.(),
          null,
          withContributors([], contributors, LIMITS.contributorsPerItem),
        );
    }
  }
  return next;
}

/**
 * Where a group's contributions go: each place with its own (the default), or all of them, earliest first,
 * into the one quadrant chosen. A choice of a quadrant the group is no longer in (its item was deleted since
 * the preview) keeps each where it was given. Places left with nothing are left out.
 */
function placements(group: MergeGroup, choices: ReadonlyMap<string, MergeChoice>) {
  const one = group.places.find((p) => p.slot === choices.get(group.key));
  const all = one
    ? [
        {
          place: one,
          contributions: group.places
            .flatMap((p) => p.contributions)
            .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)),
        },
      ]
    : group.places.map((place) => ({ place, contributions: place.contributions }));
  return all.filter((p) => p.contributions.length > 0);
}

/** What applying the plan with these choices does: the items it adds and the ideas that join existing items. */
export function mergeSummary(plan: MergePlan, choices: ReadonlyMap<string, MergeChoice>) {
  let fresh = 0;
  let joined = 0;
  for (const group of plan.groups)
    for (const { place, contributions } of placements(group, choices))
      if (place.existingId) joined += contributions.length;
      else fresh += 1;
  return { fresh, joined };
}

/** The record a merge leaves for the report: participants, ideas and the ideas most participants gave. */
export function mergeRecord(plan: MergePlan, id: string, at: string, prompt: string): WorkshopRecord {
  const all = plan.groups.flatMap((g) => g.places.flatMap((p) => p.contributions));
  const lines = plan.groups
    .map((g) => ({
      label: (g.places.find((p) => p.contributions.length > 0) ?? g.places[0]!).text,
      value: new Set(g.places.flatMap((p) => p.contributions.map((c) => c.participant))).size,
      sd: null,
    }))
    .filter((l) => l.value > 1)
    .sort((a, b) => b.value - a.value)
    .slice(0, RECORD_TOP);
  return {
    id,
    kind: 'merge',
    prompt: prompt.slice(0, LIMITS.textChars),
    at,
    participants: Math.min(new Set(all.map((c) => c.participant)).size, LIMITS.participantsPerRecord),
    contributions: all.length,
    lines,
  };
}
