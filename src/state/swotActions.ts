import type { Quadrant, SwotItem, TowsCell } from '../domain/project/types';
import {
  addItem,
  addStrategy,
  deleteItem,
  deleteStrategy,
  moveItem,
  toggleLink,
  updateItem,
  updateStrategy,
} from '../domain/swot/edit';
import { normaliseMatrixWeights, type FactorMatrix } from '../domain/swot/factorMatrix';
import { endTyping, step, typing } from './edits';

/**
 * The edits of the SWOT items (also typed on the IFE/EFE matrices) and the TOWS strategies, each with its undo
 * behaviour. Plain functions (never re-created), so memoised rows that receive them need not re-render.
 */
export const swotActions = {
  /** Typing an item's text or note: one undo step per run. */
  typeItem: (id: string, field: 'text' | 'note', value: string) =>
    typing(`${field}:${id}`, (p) => updateItem(p, id, { [field]: value })),
  /** A weight typed on the SWOT or a matrix: one undo step per run (the same key on both pages). */
  typeWeight: (id: string, weight: SwotItem['weight']) =>
    typing(`weight:${id}`, (p) => updateItem(p, id, { weight })),
  setRating: (id: string, rating: SwotItem['rating']) => step((p) => updateItem(p, id, { rating })),
  /** Adds an item at the end of a quadrant, or at `at` with a known id (so that its field can take focus). */
  addItem: (quadrant: Quadrant, text: string, at?: number, id?: string) =>
    step((p) => addItem(p, quadrant, text, at, id)),
  moveItem: (id: string, quadrant: Quadrant, index: number) => step((p) => moveItem(p, id, quadrant, index)),
  deleteItem: (id: string) => step((p) => deleteItem(p, id)),
  /** Sets several items' weights at once (a workshop's votes turned into weights): one step. */
  setWeights: (weights: readonly { id: string; weight: number }[]) =>
    step((p) => weights.reduce((acc, w) => updateItem(acc, w.id, { weight: w.weight }), p)),
  /** Scales an IFE or EFE matrix's weights to sum to 1: one step. */
  normaliseWeights: (kind: FactorMatrix['kind']) => step((p) => normaliseMatrixWeights(p, kind)),
  endTyping,
};

export const towsActions = {
  /** Typing a strategy: one undo step per run. */
  typeStrategy: (cell: TowsCell, id: string, text: string) =>
    typing(`tows:${id}`, (p) => updateStrategy(p, cell, id, { text })),
  addStrategy: (cell: TowsCell, text: string, at?: number, id?: string) =>
    step((p) => addStrategy(p, cell, text, at, id)),
  deleteStrategy: (cell: TowsCell, id: string) => step((p) => deleteStrategy(p, cell, id)),
  toggleLink: (cell: TowsCell, strategyId: string, itemId: string) =>
    step((p) => toggleLink(p, cell, strategyId, itemId)),
  endTyping,
};
