import { setTick, type ChecklistId, type ChecklistItem } from '../domain/project/checklistSchema';
import { endTyping, step, typing } from './edits';

/** The course's tick lists: a tick is one undo step; typing a note, one per run. */
export const checklistActions = {
  tick: <L extends ChecklistId>(list: L, item: ChecklistItem<L>, done: boolean) =>
    step((p) => ({ ...p, checklists: setTick(p.checklists, list, item, { done }) })),
  typeNote: <L extends ChecklistId>(list: L, item: ChecklistItem<L>, note: string) =>
    typing(`checklist:${list}:${item}`, (p) => ({
      ...p,
      checklists: setTick(p.checklists, list, item, { note }),
    })),
  endTyping,
};
