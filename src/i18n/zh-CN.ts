import { checklistsZh } from './checklists.zh-CN';
import type { MessageTree } from './en';
import { positioningZh } from './positioning.zh-CN';
import { safetyZh } from './safety.zh-CN';
import { strategyZh } from './strategy.zh-CN';

import { shellZh } from './shell.zh-CN';
import { swotZh } from './swot.zh-CN';
import { environmentZh } from './environment.zh-CN';
import { serviceCostZh } from './serviceCost.zh-CN';
import { outputZh } from './output.zh-CN';
import { problemsZh } from './problems.zh-CN';
import { workshopZh } from './workshop.zh-CN';
import { customersZh } from './customers.zh-CN';
import { objectivesZh, stepsZh } from './objectives.zh-CN';
import { planZh, summaryZh } from './plan.zh-CN';
import { guideZh } from './guide.zh-CN';
import { targetingZh } from './targeting.zh-CN';
import { dayPlanZh } from './dayPlan.zh-CN';
import { channelsZh } from './channels.zh-CN';

/** 简体中文。术语取自课程教材（见 shared/GLOSSARY.md）。 */
export const zhCN: MessageTree = {
  ...shellZh,
  ...swotZh,
  ...environmentZh,
  ...serviceCostZh,
  ...outputZh,
  ...customersZh,
  ...problemsZh,
  strategy: strategyZh,
  positioning: positioningZh,
  safety: safetyZh,
  workshop: workshopZh,
  steps: stepsZh,
  objectives: objectivesZh,
  plan: planZh,
  summary: summaryZh,
  guide: guideZh,
  targeting: targetingZh,
  checklists: checklistsZh,
  dayPlan: dayPlanZh,
  channels: channelsZh,
};
