import type { Project } from '../../domain/project/types';
import type { ViewContext } from '../../views/types';
import { workshopRecordTable } from '../../views/workshopRecordView';
import type { DeckSlide } from './deckModel';

/** One slide per kept workshop activity: its question, counts and results as a table (ratings with spread). */
export function workshopSlides(project: Project, ctx: ViewContext): DeckSlide[] {
  const { t } = ctx;
  return project.workshop.records.map((r) => {
    const table = workshopRecordTable(r, ctx);
    return {
      id: `workshop-${r.id}`,
      title: `${t('workshop.heading')}${t('common.colon')}${t(`workshop.record.kind.${r.kind}`)}`,
      subtitle: `${r.prompt} · ${t('workshop.record.counts', { participants: r.participants, contributions: r.contributions })}`,
      source: t('workshop.report.source', { date: r.at.slice(0, 10) }),
      body: table
        ? { kind: 'table', header: table.header, rows: table.rows, widths: table.widths }
        : { kind: 'text', paragraphs: [t('report.notFilled')] },
    };
  });
}
