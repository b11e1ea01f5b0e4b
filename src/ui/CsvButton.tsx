import { useTranslation } from 'react-i18next';
import { toCsv } from '../export/csv';
import type { Project } from '../domain/project/types';
import type { CsvTable, Translate } from '../export/csvTables';
import { download } from '../export/download';
import { safeFileStem } from '../export/projectJson';
import { useAppStore } from '../state/store';

interface Props {
  /** Built when clicked, from the project as it is then, so a page builds no CSV it is not asked for. */
  table: (project: Project, t: Translate) => CsvTable;
  /** What the table is, for the button's accessible name ("the SWOT items"). */
  what: string;
}

/** Downloads one table as CSV (UTF-8 with BOM, so that Excel shows Chinese text as typed). */
export function CsvButton({ table, what }: Props) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="small-button csv-button"
      aria-label={t('csv.downloadLabel', { table: what })}
      title={t('csv.downloadLabel', { table: what })}
      onClick={() => {
        const project = useAppStore.getState().project;
        if (!project) return;
        const built = table(project, t as Translate);
        download(
          new Blob([toCsv(built.rows)], { type: 'text/csv;charset=utf-8' }),
          `${safeFileStem(`${project.name} - ${built.name}`)}.csv`,
        );
      }}
    >
      ⤓ {t('csv.download')}
    </button>
  );
}
