import { LIMITS } from '../project/limits';
import type { Project, WorkshopRecord } from '../project/types';
import type { Activity } from './activity';
import { groupAhp } from './groupAhp';
import { normaliseText } from './normaliseText';
import { spreadOf } from './spread';
import { rankedVotes, type Tally } from './tally';

/** Lines a record keeps of a vote, a brainstorm or a merge: the top ten, as a slide or a report page can hold. */
export const RECORD_TOP = 10;

/**
 * What an activity leaves in the project: its question, time, participants, contributions and results —
 * a vote's top items by dots, a brainstorm's ideas most participants gave, every rated driver's mean and
 * spread (the disagreement). `at` is an ISO date-time.
 */
export function recordOf(
  activity: Activity,
  tally: Tally,
  at: string,
  /** AHP: the group as the facilitator combined it (without participants above the consistency limit). */
  options: { consistentOnly?: boolean } = {},
): WorkshopRecord {
  const base = {
    id: activity.id,
    kind: activity.kind,
    prompt: activity.prompt.slice(0, LIMITS.textChars),
    at,
    participants: Math.min(tally.participants, LIMITS.participantsPerRecord),
  };
  const label = (text: string) => text.slice(0, LIMITS.textChars);
  if (activity.kind === 'vote')
    return {
      ...base,
      contributions: tally.voters,
      lines: rankedVotes(activity, tally.votes)
        .filter((o) => o.dots > 0)
        .slice(0, RECORD_TOP)
        .map((o) => ({ label: label(o.label), value: o.dots, sd: null })),
    };
  if (activity.kind === 'rate' || activity.kind === 'score')
    return {
      ...base,
      contributions: tally.raters,
      lines: mostDisagreed(
        activity.options.flatMap((o) => {
          const s = spreadOf(tally.ratings.get(o.key) ?? []);
          // A QSPM cell is named with its alternative.
          const named = o.group ? `${o.group}: ${o.label}` : o.label;
          return s.mean === null
            ? []
            : [{ label: label(named), value: round2(s.mean), sd: s.sd === null ? null : round2(s.sd) }];
        }),
      ),
    };
  if (activity.kind === 'ahp') {
    const group = groupAhp(
      activity.options.map((o) => o.key),
      [...tally.judgments.values()],
      options.consistentOnly,
    );
    return {
      ...base,
      contributions: tally.judgments.size,
      lines:
        tally.judgments.size === 0
          ? []
          : activity.options.map((o, i) => ({
              label: label(o.label),
              value: Math.round(group.result.weights[i]! * 1000) / 1000,
              sd: null,
            })),
    };
  }
  const givers = new Map<string, { text: string; pids: Set<string> }>();
  for (const idea of tally.ideas) {
    const key = normaliseText(idea.text);
    const entry = givers.get(key) ?? { text: idea.text, pids: new Set<string>() };
    entry.pids.add(idea.pid);
    givers.set(key, entry);
  }
  return {
    ...base,
    contributions: tally.ideas.length,
    lines: [...givers.values()]
      .sort((a, b) => b.pids.size - a.pids.size)
      .slice(0, RECORD_TOP)
      .map((g) => ({ label: label(g.text), value: g.pids.size, sd: null })),
  };
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/** At most the lines a record holds: all of them, or (more rated than fit) those the group disagreed on most, in their order. */
function mostDisagreed<T extends { sd: number | null }>(lines: T[]): T[] {
  if (lines.length <= LIMITS.linesPerRecord) return lines;
  const kept = new Set(
    [...lines].sort((a, b) => (b.sd ?? -1) - (a.sd ?? -1)).slice(0, LIMITS.linesPerRecord),
  );
  return lines.filter((l) => kept.has(l));
}

/** The project with `record` kept: it replaces the record of the same activity, else it is added (oldest dropped at the limit). */
export function keepRecord(project: Project, record: WorkshopRecord): Project {
  const others = project.workshop.records.filter((r) => r.id !== record.id);
  const at = project.workshop.records.findIndex((r) => r.id === record.id);
  const records =
    at === -1 ? [...others, record] : project.workshop.records.map((r) => (r.id === record.id ? record : r));
  return { ...project, workshop: { records: records.slice(-LIMITS.workshopRecords) } };
}

/** The project without the record `id`. */
export function dropRecord(project: Project, id: string): Project {
  return { ...project, workshop: { records: project.workshop.records.filter((r) => r.id !== id) } };
}
