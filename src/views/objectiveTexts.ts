import { objectiveGaps, type Objective } from '../domain/objectives/objectiveGaps';
import { linkedReading, type Standard } from '../domain/objectives/objectives';
import type { Project } from '../domain/project/types';
import type { ModelResult } from '../domain/service-cost/models';
import type { ViewContext } from './types';

/** An objective as a list names it: its text, or "Objective 3" while it has none (`index` from 0). */
export function objectiveName(objective: Objective, index: number, ctx: ViewContext): string {
  return objective.text.trim() || ctx.t('objectives.objectives.whatOf', { n: index + 1 });
}

/** What an objective still lacks, in words ("a target; an owner"), or that it is complete. */
export function objectiveGapsText(objective: Objective, ctx: ViewContext): string {
  const gaps = objectiveGaps(objective);
  return gaps.length === 0
    ? ctx.t('objectives.objectives.complete')
    : gaps.map((g) => ctx.t(`objectives.objectives.gaps.${g}`)).join(ctx.t('common.listSeparator'));
}

/** A service standard as the page and the report show it. */
export interface StandardTexts {
  /** The metric as the team worded it, else its kind's name. */
  metric: string;
  /** The level promised when its source sets it (a call centre's target); null when it is typed. */
  readTarget: string | null;
  /** Today's level from its source, or why there is none ('–' for a typed standard). */
  today: string;
  /** Today falls short of the source's own target. */
  short: boolean;
}

/** The texts of one standard; `evaluate` lets a page reuse model results between renders. */
export function standardTexts(
  standard: Standard,
  project: Project,
  ctx: ViewContext,
  evaluate?: (model: Project['serviceModels'][number]) => ModelResult,
): StandardTexts {
  const { t } = ctx;
  const pct = (v: number) => ctx.number(v * 100, 1);
  const metric = standard.metric || t(`objectives.standards.kinds.${standard.kind}`);
  const reading = linkedReading(standard, project, evaluate);
  if (!reading) return { metric, readTarget: null, today: '–', short: false };
  if (!reading.ok)
    return { metric, readTarget: null, today: t(`objectives.standards.${reading.problem}`), short: false };
  if (reading.source === 'satisfaction')
    return {
      metric,
      readTarget: null,
      today:
        reading.today === null
          ? t('objectives.standards.noSurvey')
          : t('objectives.standards.csi', { csi: ctx.number(reading.today, 1) }),
      short: false,
    };
  return {
    metric,
    readTarget: t('objectives.standards.modelTarget', {
      share: pct(reading.share),
      seconds: ctx.number(reading.seconds),
    }),
    today: t(reading.meets ? 'objectives.standards.meets' : 'objectives.standards.short', {
      share: pct(reading.today),
    }),
    short: !reading.meets,
  };
}
