import { participantNumbers } from '../../domain/workshop/roomContributions';
import type { Idea } from '../../domain/workshop/tally';

/** "Anonymous 1", "Anonymous 2", … in the order participants first wrote; a name where one was given. */
export function participantLabels(
  order: readonly string[],
  ideas: readonly Idea[],
  anonymous: (n: number) => string,
): Map<string, string> {
  const numbers = participantNumbers(order);
  const labels = new Map<string, string>();
  for (const idea of ideas)
    labels.set(`${idea.pid}/${idea.id}`, idea.name ?? anonymous(numbers.get(idea.pid) ?? numbers.size + 1));
  return labels;
}
