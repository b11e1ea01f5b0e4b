import type { Project, WorkshopRecord } from '../../domain/project/types';
import { DISAGREEMENT_SD } from '../../domain/workshop/spread';
import type { ViewContext } from '../../views/types';
import type { DeckSlide } from './deckModel';

/** One slide per kept workshop activity: its question, counts and results as a table (ratings with spread). */
export function workshopSlides(project: Project, ctx: ViewContext): DeckSlide[] {
  return project.workshop.records.map((record) => workshopSlide(record, ctx));
}

function workshopSlide(r: WorkshopRecord, ctx: ViewContext): DeckSlide {
  const { t } = ctx;
  const title = `${t('workshop.heading')}${t('common.colon')}${t(`workshop.record.kind.${r.kind}`)}`;
  const subtitle = `${r.prompt} · ${t('workshop.record.counts', { participants: r.participants, contributions: r.contributions })}`;
  const base = {
    id: `workshop-${r.id}`,
    title,
    subtitle,
    source: t('workshop.report.source', { date: r.at.slice(0, 10) }),
  };
  if (r.lines.length === 0) return { ...base, body: { kind: 'text', paragraphs: [t('report.notFilled')] } };
  if (r.kind === 'rate' || r.kind === 'score')
    return {
      ...base,
      body: {
        kind: 'table',
        header: [
          t(r.kind === 'score' ? 'workshop.report.cell' : 'workshop.report.driver'),
          t('workshop.report.mean'),
          t('workshop.report.sd'),
          '',
        ],
        rows: r.lines.map((l) => [
          l.label,
          ctx.fixed(l.value, 2),
          l.sd === null ? '–' : ctx.fixed(l.sd, 2),
          l.sd !== null && l.sd >= DISAGREEMENT_SD
            ? t('workshop.report.disagree', { sd: ctx.fixed(DISAGREEMENT_SD, 1) })
            : '',
        ]),
        widths: [5.6, 1.6, 1.8, 2.8],
      },
    };
  if (r.kind === 'ahp')
    return {
      ...base,
      body: {
        kind: 'table',
        header: [t('workshop.report.criterion'), t('workshop.report.weight')],
        rows: r.lines.map((l) => [l.label, ctx.fixed(l.value, 3)]),
        widths: [9.3, 2.5],
      },
    };
  const vote = r.kind === 'vote';
  return {
    ...base,
    body: {
      kind: 'table',
      header: vote
        ? [t('workshop.report.item'), t('workshop.report.dots')]
        : [t('workshop.report.idea'), t('workshop.report.givers')],
      rows: r.lines.map((l) => [l.label, String(l.value)]),
      widths: [9.3, 2.5],
    },
  };
}
