import type { Idea } from '../../domain/workshop/tally';

/** "Anonymous 1", "Anonymous 2", … by each participant's first idea; a name where one was given. */
export function participantLabels(
  ideas: readonly Idea[],
  anonymous: (n: number) => string,
): Map<string, string> {
  const numbers = new Map<string, number>();
  for (const idea of ideas) if (!numbers.has(idea.pid)) numbers.set(idea.pid, numbers.size + 1);
  const labels = new Map<string, string>();
  for (const idea of ideas)
    labels.set(`${idea.pid}/${idea.id}`, idea.name ?? anonymous(numbers.get(idea.pid)!));
  return labels;
}
