import type { Project, WorkshopRecord } from '../domain/project/types';
import { roomContributions } from '../domain/workshop/roomContributions';
import type { Idea } from '../domain/workshop/tally';
import {
  applyMerge,
  mergeRecord,
  planMerge,
  type Contribution,
  type MergeChoice,
} from '../domain/workshop/merge';
import { applyGroupScores, type GroupScore } from '../domain/workshop/groupScores';
import { addIdeasToCanvas } from '../domain/workshop/canvas';
import type { Canvas } from '../domain/workshop/canvasSlots';
import { dropRecord, keepRecord } from '../domain/workshop/record';
import { step } from './edits';
import { currentProject } from './store';

/** What a workshop puts into the project: ideas (with who gave them) and the record of its activities. Each is one undo step. */
export const workshopActions = {
  /**
   * Ideas taken from the live room into the activity's canvas with who gave them (participants numbered by
   * the room's `order`): duplicates of each other or of an item join that item, in the SWOT and elsewhere.
   * Says whether the edit was taken, had nothing new to add, or was refused at a limit (and said so): the
   * first two mark the ideas as added.
   */
  takeRoomIdeas: (
    canvas: Canvas,
    ideas: readonly Idea[],
    order: readonly string[],
  ): 'taken' | 'unchanged' | 'refused' => {
    const recipe = (p: Project) =>
      canvas === 'swot'
        ? applyMerge(p, planMerge(p.swot, roomContributions(order, ideas)), new Map())
        : addIdeasToCanvas(p, canvas, roomContributions(order, ideas));
    const project = currentProject();
    if (!project || recipe(project) === project) return 'unchanged';
    return step(recipe) ? 'taken' : 'refused';
  },
  /**
   * Participants' files merged with the facilitator's choices for conflicts, and the merge's record. Planned
   * again against the project as it is now, so an edit or undo since the preview loses no contribution.
   */
  mergeFiles: (
    contributions: readonly Contribution[],
    choices: ReadonlyMap<string, MergeChoice>,
    meta: { id: string; at: string; prompt: string },
    /** Ideas of files for the other canvases: added with who gave them, as ideas taken from a room are. */
    others: readonly {
      canvas: Exclude<Canvas, 'swot'>;
      contributions: readonly Contribution<string>[];
    }[] = [],
  ): 'taken' | 'unchanged' | 'refused' => {
    const recipe = (p: Project) => {
      let next = p;
      if (contributions.length > 0) {
        const plan = planMerge(p.swot, contributions);
        next = keepRecord(applyMerge(p, plan, choices), mergeRecord(plan, meta.id, meta.at, meta.prompt));
      }
      for (const { canvas, contributions: ideas } of others) next = addIdeasToCanvas(next, canvas, ideas);
      return next;
    };
    const project = currentProject();
    if (!project || recipe(project) === project) return 'unchanged';
    return step(recipe) ? 'taken' : 'refused';
  },
  /** A room's QSPM scores: each cell's mean becomes its score, the participants' counts feed the Monte Carlo. */
  takeGroupScores: (cells: readonly GroupScore[]) => step((p) => applyGroupScores(p, cells)),
  keepRecord: (record: WorkshopRecord) => step((p) => keepRecord(p, record)),
  dropRecord: (id: string) => step((p) => dropRecord(p, id)),
};
