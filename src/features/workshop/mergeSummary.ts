import type { MergeChoice, MergePlan } from '../../domain/workshop/merge';

/** How many items a merge adds and how many ideas join items already there, with the conflicts' choices. */
export function mergeSummary(plan: MergePlan, choices: ReadonlyMap<string, MergeChoice>) {
  let fresh = 0;
  let joined = 0;
  for (const group of plan.groups) {
    const choice = choices.get(group.key) ?? 'all';
    const count = group.places.reduce((n, p) => n + p.contributions.length, 0);
    if (choice !== 'all') {
      const place = group.places.find((p) => p.slot === choice);
      if (place?.existingId) joined += count;
      else fresh += 1;
      continue;
    }
    for (const place of group.places) {
      if (place.contributions.length === 0) continue;
      if (place.existingId) joined += place.contributions.length;
      else fresh += 1;
    }
  }
  return { fresh, joined };
}
