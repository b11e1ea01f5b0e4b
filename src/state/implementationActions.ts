import { createId } from '../domain/project/ids';
import { actionSchema, type RECOVERY_STEPS } from '../domain/project/implementationSchema';
import type { Project } from '../domain/project/types';
import { endTyping, step, typing } from './edits';

type Implementation = Project['implementation'];
type Action = Implementation['actions'][number];
type RecoveryStep = (typeof RECOVERY_STEPS)[number];

const withImplementation = (p: Project, patch: Partial<Implementation>): Project => ({
  ...p,
  implementation: { ...p.implementation, ...patch },
});

const withRecovery = (p: Project, patch: Partial<Implementation['recovery']>): Project =>
  withImplementation(p, { recovery: { ...p.implementation.recovery, ...patch } });

const mapActions = (p: Project, id: string, patch: Partial<Action>) =>
  withImplementation(p, {
    actions: p.implementation.actions.map((a) => (a.id === id ? { ...a, ...patch } : a)),
  });

/** The edits of the service philosophy, the implementation plan and service recovery, with their undo behaviour. */
export const implementationActions = {
  typePhilosophy: (value: string) =>
    typing('implementation:philosophy', (p) => withImplementation(p, { philosophy: value })),
  addAction: (text: string) =>
    step((p) =>
      withImplementation(p, {
        actions: [...p.implementation.actions, actionSchema.parse({ id: createId(), text })],
      }),
    ),
  /** Typing in one field of an action (a date picked is a run of one): one undo step per run. */
  typeAction: (id: string, field: 'text' | 'owner' | 'kpi' | 'start' | 'due', value: string) => {
    // A date is a day the schema stores (YYYY-MM-DD) or none; anything else would make the project unsavable.
    if ((field === 'start' || field === 'due') && !actionSchema.shape[field].safeParse(value).success) return;
    typing(`implementation:action:${id}:${field}`, (p) => mapActions(p, id, { [field]: value }));
  },
  /** The status, objective or lever of an action (chosen from a list): one step each. */
  setAction: (id: string, patch: Partial<Pick<Action, 'status' | 'objectiveId' | 'lever'>>) =>
    step((p) => mapActions(p, id, patch)),
  removeAction: (id: string) =>
    step((p) => withImplementation(p, { actions: p.implementation.actions.filter((a) => a.id !== id) })),
  typeRecoveryStep: (key: RecoveryStep, field: 'how' | 'owner' | 'within', value: string) =>
    typing(`implementation:recovery:${key}:${field}`, (p) =>
      withRecovery(p, {
        steps: {
          ...p.implementation.recovery.steps,
          [key]: { ...p.implementation.recovery.steps[key], [field]: value },
        },
      }),
    ),
  addComplaintCause: (cause: string) =>
    step((p) =>
      withRecovery(p, {
        complaints: [...p.implementation.recovery.complaints, { id: createId(), cause, count: 0 }],
      }),
    ),
  typeComplaintCause: (id: string, cause: string) =>
    typing(`implementation:complaint:${id}:cause`, (p) =>
      withRecovery(p, {
        complaints: p.implementation.recovery.complaints.map((c) => (c.id === id ? { ...c, cause } : c)),
      }),
    ),
  /** A count the field has already checked (a whole number in the schema's range). */
  setComplaintCount: (id: string, count: number) =>
    typing(`implementation:complaint:${id}:count`, (p) =>
      withRecovery(p, {
        complaints: p.implementation.recovery.complaints.map((c) => (c.id === id ? { ...c, count } : c)),
      }),
    ),
  removeComplaintCause: (id: string) =>
    step((p) =>
      withRecovery(p, { complaints: p.implementation.recovery.complaints.filter((c) => c.id !== id) }),
    ),
  endTyping,
};
