import type { Alternative, Lever } from '../domain/project/types';
import type { Strategy } from '../domain/project/types';
import {
  addAlternative,
  dashRow,
  removeAlternative,
  setAhpJudgment,
  setCriteriaWeights,
  setLever,
  setScore,
  setStrategy,
  setWeightRescaled,
  updateAlternative,
} from '../domain/strategy/edit';
import { updateItem } from '../domain/swot/edit';
import { endTyping, step, typing } from './edits';

/**
 * The edits of the strategy choice's alternatives and QSPM, each with its undo behaviour. Plain functions
 * (never re-created), so rows that receive them need not re-render.
 */
export const strategyActions = {
  /** Typing in one text field of an alternative (name, note, segment, …): one undo step per run. */
  typeAlternative: (id: string, field: keyof Alternative, patch: Partial<Alternative>) =>
    typing(`strategy:${id}:${field}`, (p) => updateAlternative(p, id, patch)),
  updateAlternative: (id: string, patch: Partial<Alternative>) =>
    step((p) => updateAlternative(p, id, patch)),
  addAlternative: (kind: Alternative['kind'], name: string, towsId: string | null = null) =>
    step((p) => addAlternative(p, kind, name, undefined, towsId)),
  removeAlternative: (id: string) => step((p) => removeAlternative(p, id)),
  /** Ticks or unticks a lever of an alternative: one step. */
  tickLever: (id: string, key: Lever['key'], done: boolean) => step((p) => setLever(p, id, key, { done })),
  /** Typing how a lever is pulled: one step per run. */
  typeLeverNote: (id: string, key: Lever['key'], note: string) =>
    typing(`strategy:${id}:lever:${key}`, (p) => setLever(p, id, key, { note })),
  /** An attractiveness score: one step. */
  setScore: (alternativeId: string, factorId: string, score: number | null | undefined) =>
    step((p) => setScore(p, alternativeId, factorId, score)),
  /** Marks a factor as not affecting the choice in every alternative: one step. */
  dashRow: (factorId: string) => step((p) => dashRow(p, factorId)),
  endTyping,
  /** Typing a key factor's weight in the QSPM: one step per run. */
  typeWeight: (itemId: string, weight: number | null) =>
    typing(`strategy:weight:${itemId}`, (p) => updateItem(p, itemId, { weight })),
  /** The scoring mode or the chosen alternative: one step. */
  choose: (patch: Pick<Partial<Strategy>, 'mode' | 'chosenId'>) => step((p) => setStrategy(p, patch)),
  /** Typing the justification, the brand line or the Monte Carlo seed: one step per run. */
  typeStrategy: (field: 'justification' | 'brand' | 'seed', patch: Partial<Strategy>) =>
    typing(`strategy:${field}`, (p) => setStrategy(p, patch)),
  /** Typing a part of an alternative's positioning statement: one step per run. */
  typeStatement: (id: string, field: keyof Alternative['statement'], value: string) =>
    typing(`strategy:statement:${id}:${field}`, (p) => {
      const alternative = p.strategy.alternatives.find((a) => a.id === id);
      return alternative
        ? updateAlternative(p, id, { statement: { ...alternative.statement, [field]: value } })
        : p;
    }),
  /** An AHP pairwise judgment: one step. */
  judge: (a: string, b: string, value: number) => step((p) => setAhpJudgment(p, a, b, value)),
  /** A group's AHP judgments (a workshop's geometric means) and the weights they give the criteria: one step. */
  judgeAll: (pairs: readonly (readonly [string, string, number])[], weights: ReadonlyMap<string, number>) =>
    step((p) =>
      setCriteriaWeights(
        pairs.reduce((acc, [a, b, v]) => setAhpJudgment(acc, a, b, v), p),
        weights,
      ),
    ),
  /** The criteria's weights set from AHP: one step. */
  setCriteriaWeights: (weights: ReadonlyMap<string, number>) => step((p) => setCriteriaWeights(p, weights)),
  /** A what-if weight (the others rescaled): one step per run. */
  typeWhatIfWeight: (factorId: string, weight: number) =>
    typing(`strategy:whatif:${factorId}`, (p) => setWeightRescaled(p, factorId, weight)),
};
