import type { Project } from '../domain/project/types';
import { endTyping, step, typing } from './edits';

/** The report's cover fields and paper, each with its undo behaviour. */
export const reportActions = {
  /** Typing the authors or the course: one undo step per run. */
  typeField: (field: 'authors' | 'course', value: string) =>
    typing(`report:${field}`, (p) => ({ ...p, report: { ...p.report, [field]: value } })),
  setPaper: (paper: Project['report']['paper']) => step((p) => ({ ...p, report: { ...p.report, paper } })),
  setChecklistOnCover: (on: boolean) =>
    step((p) => ({ ...p, report: { ...p.report, checklistOnCover: on } })),
  /** The case the project analyses, in a sentence or two (the project's description). */
  typeDescription: (value: string) => typing('project:description', (p) => ({ ...p, description: value })),
  endTyping,
};
