import type { Alternative, Player, Strategy } from '../domain/project/types';
import {
  addEntry,
  newCpmFactor,
  newCriterion,
  newPlayer,
  newValueFactor,
  removeEntry,
  setCpmRating,
  setValueLevel,
  updateAlternative,
  updateEntry,
  updateFirm,
} from '../domain/strategy/edit';
import type { TargetingCondition } from '../domain/strategy/targeting';
import { endTyping, step, typing } from './edits';

type Listed = 'criteria' | 'competitors' | 'valueFactors' | 'cpm';
type Entry<K extends Listed> = Strategy[K][number];
type Position = Pick<Player, 'price' | 'quality' | 'share'>;

/**
 * The edits of the strategy's lists (criteria, competitors, value factors, CPM factors), our firm's and the
 * alternatives' positions, value levels and CPM ratings, each with its undo behaviour.
 */
export const positioningActions = {
  /** An answer to one condition of the targeting advisor (chosen): one step. */
  setTargeting: (condition: TargetingCondition, answer: string | null) =>
    step((p) => ({
      ...p,
      strategy: { ...p.strategy, targeting: { ...p.strategy.targeting, [condition]: answer } },
    })),
  /** Typing in one field of a listed entry (`field` names it): one undo step per run. */
  typeEntry: <K extends Listed>(list: K, id: string, field: string, patch: Partial<Entry<K>>) =>
    typing(`strategy:${list}:${id}:${field}`, (p) => updateEntry(p, list, id, patch)),
  addCriterion: (name: string) => step((p) => addEntry(p, 'criteria', newCriterion(name))),
  addCompetitor: (name: string) => step((p) => addEntry(p, 'competitors', newPlayer(name))),
  addValueFactor: (name: string) => step((p) => addEntry(p, 'valueFactors', newValueFactor(name))),
  addCpmFactor: (name: string) => step((p) => addEntry(p, 'cpm', newCpmFactor(name))),
  /** Removes an entry and whatever was keyed by it (scores, levels, ratings, judgments): one step. */
  removeEntry: (list: Listed, id: string) => step((p) => removeEntry(p, list, id)),
  /** Our firm's price, quality or share: one undo step per run. */
  typeFirm: (field: keyof Position, patch: Partial<Position>) =>
    typing(`strategy:firm:${field}`, (p) => updateFirm(p, patch)),
  /** An alternative's price or quality on the positioning map: one undo step per run. */
  typeAlternative: (id: string, field: keyof Alternative, patch: Partial<Alternative>) =>
    typing(`strategy:${id}:${field}`, (p) => updateAlternative(p, id, patch)),
  /** A value level of our firm, an alternative or a competitor: one undo step per run. */
  typeValueLevel: (curveId: string, factorId: string, level: number | null) =>
    typing(`strategy:level:${curveId}:${factorId}`, (p) => setValueLevel(p, curveId, factorId, level)),
  /** A CPM rating: one step. */
  setCpmRating: (factorId: string, playerId: string, rating: number | null) =>
    step((p) => setCpmRating(p, factorId, playerId, rating)),
  endTyping,
};
