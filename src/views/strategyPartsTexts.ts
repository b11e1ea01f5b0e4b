import type { PartItem, PartPage, PartSummary } from '../domain/implementation/strategyParts';
import type { Project } from '../domain/project/types';
import { alternativeName, positioningStatement } from './names';
import type { ViewContext } from './types';

export interface PartLine {
  text: string;
  page: PartPage;
}

export interface PartTexts {
  part: PartSummary['part'];
  title: string;
  about: string;
  facts: PartLine[];
  missing: PartLine[];
}

/** Values that are shares or scores: one decimal; money and counts: whole and grouped. */
const ONE_DECIMAL = new Set(['share', 'gap', 'csi', 'retention', 'vitalShare']);

function values(item: PartItem, project: Project, ctx: ViewContext): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(item.values ?? {}))
    out[key] = typeof value === 'number' ? ctx.number(value, ONE_DECIMAL.has(key) ? 1 : 0) : value;

  const chosen = project.strategy.alternatives.find((a) => a.id === project.strategy.chosenId);
  if (item.key === 'chosen' && chosen) out.name = alternativeName(chosen, ctx.t);
  if (item.key === 'statement' && chosen) out.statement = positioningStatement(project, chosen, ctx.t);
  // i18next picks the plural form from a number (`count`), not from the formatted text.
  if (typeof item.values?.count === 'number') out.count = item.values.count;
  return out;
}

/** The six parts of the service strategy as the summary page and the report word them. */
export function strategyPartsTexts(
  parts: readonly PartSummary[],
  project: Project,
  ctx: ViewContext,
): PartTexts[] {
  const { t } = ctx;
  return parts.map((p) => ({
    part: p.part,
    title: t(`summary.parts.${p.part}`),
    about: t(`summary.about.${p.part}`),
    facts: p.facts.map((f) => ({ text: t(`summary.facts.${f.key}`, values(f, project, ctx)), page: f.page })),
    missing: p.missing.map((m) => ({
      text: t(`summary.missing.${m.key}`, values(m, project, ctx)),
      page: m.page,
    })),
  }));
}
