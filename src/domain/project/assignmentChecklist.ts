import { courseProgress, type CourseStep } from './courseSteps';
import type { Project } from './types';

/** What the course's assignments ask for: a described case, every one of the five steps, a named cover. */
export type AssignmentItem = 'case' | CourseStep | 'cover';

export interface AssignmentCheck {
  item: AssignmentItem;
  done: boolean;
}

/**
 * The assignment checklist: the case analysed is described; each of the course's five steps is done (the
 * report page itself is the cover, checked last); the cover names the authors and the course.
 */
export function assignmentChecklist(project: Project): AssignmentCheck[] {
  const steps = courseProgress(project).map((s) => ({
    item: s.step,
    done: s.pages.filter((p) => p.page !== 'report').every((p) => p.state === 'done'),
  }));
  return [
    { item: 'case', done: project.description.trim() !== '' },
    ...steps,
    { item: 'cover', done: project.report.authors.trim() !== '' && project.report.course.trim() !== '' },
  ];
}
