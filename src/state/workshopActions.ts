import type { WorkshopRecord } from '../domain/project/types';
import {
  applyMerge,
  mergeRecord,
  planMerge,
  type Contribution,
  type MergeChoice,
} from '../domain/workshop/merge';
import { applyGroupScores, type GroupScore } from '../domain/workshop/groupScores';
import { addIdeasToCanvas, type Canvas } from '../domain/workshop/canvas';
import { dropRecord, keepRecord } from '../domain/workshop/record';
import { step } from './edits';

/** What a workshop puts into the project: ideas (with who gave them) and the record of its activities. Each is one undo step. */
export const workshopActions = {
  /** Ideas taken from the live room: duplicates of each other or of an item join that item. */
  takeIdeas: (contributions: readonly Contribution[]) =>
    step((p) => applyMerge(p, planMerge(p.swot, contributions), new Map())),
  /**
   * Participants' files merged with the facilitator's choices for conflicts, and the merge's record. Planned
   * again against the project as it is now, so an edit or undo since the preview loses no contribution.
   */
  mergeFiles: (
    contributions: readonly Contribution[],
    choices: ReadonlyMap<string, MergeChoice>,
    meta: { id: string; at: string; prompt: string },
  ) =>
    step((p) => {
      const plan = planMerge(p.swot, contributions);
      return keepRecord(applyMerge(p, plan, choices), mergeRecord(plan, meta.id, meta.at, meta.prompt));
    }),
  /** A room's QSPM scores: each cell's mean becomes its score, the participants' counts feed the Monte Carlo. */
  takeGroupScores: (cells: readonly GroupScore[]) => step((p) => applyGroupScores(p, cells)),
  /** Ideas taken into a canvas other than the SWOT (PEST(EL), forces, TOWS, value factors), each once. */
  addToCanvas: (canvas: Exclude<Canvas, 'swot'>, ideas: readonly { slot: string; text: string }[]) =>
    step((p) => addIdeasToCanvas(p, canvas, ideas)),
  keepRecord: (record: WorkshopRecord) => step((p) => keepRecord(p, record)),
  dropRecord: (id: string) => step((p) => dropRecord(p, id)),
};
