import { z } from 'zod';
import { idSchema as id } from './idSchema';
import { LIMITS } from './limits';
import { RANGES } from './ranges';
import { LEVERS } from './strategySchema';

/**
 * The course's last step (战略方案的实施): the service philosophy the strategy rests on, the plan of actions that
 * carries the chosen strategy out, and service recovery — how complaints are handled and what causes them.
 */

const text = (max: number) => z.string().max(max);
/** A calendar day (YYYY-MM-DD), or empty until one is set. */
const day = z.union([z.literal(''), z.iso.date()]).default('');

export const ACTION_STATUSES = ['planned', 'doing', 'done', 'blocked'] as const;

export const actionSchema = z.object({
  id,
  /** What is to be done, e.g. "Train every agent in complaint handling". */
  text: text(LIMITS.textChars),
  owner: text(LIMITS.nameChars).default(''),
  start: day,
  due: day,
  /** How progress is measured, e.g. "share of agents trained". */
  kpi: text(LIMITS.textChars).default(''),
  status: z.enum(ACTION_STATUSES).default('planned'),
  /** The strategic objective it serves. */
  objectiveId: id.nullable().default(null),
  /** The chosen strategy's lever it pulls (成本领先 / 差异化 levers). */
  lever: z.enum(LEVERS).nullable().default(null),
});

/** The course's complaint-handling steps, in order: receive, record, analyse, resolve, follow up, file and feed back. */
export const RECOVERY_STEPS = ['receive', 'record', 'analyse', 'resolve', 'followUp', 'feedBack'] as const;

const recoveryStepSchema = z
  .object({
    /** How the team does this step. */
    how: text(LIMITS.textChars).default(''),
    owner: text(LIMITS.nameChars).default(''),
    /** The time it may take, e.g. "24 h". */
    within: text(LIMITS.nameChars).default(''),
  })
  .default({ how: '', owner: '', within: '' });

export const complaintCauseSchema = z.object({
  id,
  cause: text(LIMITS.textChars),
  /** Complaints with this cause in the period counted. */
  count: z.number().int().min(RANGES.complaints.min).max(RANGES.complaints.max),
});

export const implementationSchema = z
  .object({
    /** The service philosophy (服务理念): what the firm believes service is for. */
    philosophy: text(LIMITS.noteChars).default(''),
    actions: z.array(actionSchema).max(LIMITS.actions).default([]),
    recovery: z
      .object({
        steps: z.object(
          Object.fromEntries(RECOVERY_STEPS.map((s) => [s, recoveryStepSchema])) as {
            [K in (typeof RECOVERY_STEPS)[number]]: typeof recoveryStepSchema;
          },
        ),
        complaints: z.array(complaintCauseSchema).max(LIMITS.complaintCauses).default([]),
      })
      .default(() => defaultRecovery()),
  })
  .default(() => defaultImplementation());

export const defaultRecovery = () => ({
  steps: Object.fromEntries(RECOVERY_STEPS.map((s) => [s, { how: '', owner: '', within: '' }])) as Record<
    (typeof RECOVERY_STEPS)[number],
    { how: string; owner: string; within: string }
  >,
  complaints: [],
});

export const defaultImplementation = () => ({ philosophy: '', actions: [], recovery: defaultRecovery() });
