import { checklistsEn } from './checklists.en';
import { PROBLEM_TEMPLATES, PROBLEM_WORDS } from '../domain/project/problems';
import { positioningEn } from './positioning.en';
import { safetyEn } from './safety.en';
import { strategyEn } from './strategy.en';

import { shellEn } from './shell.en';
import { swotEn } from './swot.en';
import { environmentEn } from './environment.en';
import { serviceCostEn } from './serviceCost.en';
import { outputEn } from './output.en';
import { workshopEn } from './workshop.en';
import { customersEn } from './customers.en';
import { objectivesEn, stepsEn } from './objectives.en';
import { planEn, summaryEn } from './plan.en';
import { guideEn } from './guide.en';
import { targetingEn } from './targeting.en';
import { dayPlanEn } from './dayPlan.en';
import { channelsEn } from './channels.en';

/** English messages. Keys are grouped by screen; zh-CN.ts must have exactly the same keys. */
export const en = {
  ...shellEn,
  ...swotEn,
  ...environmentEn,
  ...serviceCostEn,
  ...outputEn,
  ...customersEn,
  /** Why a project file was refused; the domain's English templates, keyed by problem code. */
  problems: PROBLEM_TEMPLATES,
  problemWords: PROBLEM_WORDS,
  strategy: strategyEn,
  positioning: positioningEn,
  safety: safetyEn,
  workshop: workshopEn,
  steps: stepsEn,
  objectives: objectivesEn,
  plan: planEn,
  summary: summaryEn,
  guide: guideEn,
  targeting: targetingEn,
  checklists: checklistsEn,
  dayPlan: dayPlanEn,
  channels: channelsEn,
} as const;

type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
export type MessageTree = Messages<typeof en>;
