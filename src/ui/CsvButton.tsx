import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toCsv } from '../export/csv';
import type { Project } from '../domain/project/types';
import type { ViewTable } from '../views/types';
import { download } from '../export/download';
import { safeFileStem } from '../export/projectJson';
import './csvMenu.css';

interface Props {
  /** The project as it is when clicked (the store's, passed in: this component reads no store). */
  current: () => Project | null;
  /** Built when clicked, from the project as it is then, so a page builds no CSV it is not asked for. */
  table: (project: Project) => ViewTable;
  /** What the table is, for the button's accessible name ("the SWOT items"). */
  what: string;
}

/**
 * Downloads one table as CSV (UTF-8 with BOM, so that Excel shows Chinese text as typed), safe to open in a
 * spreadsheet by default; its menu offers the file exactly as typed.
 */
export function CsvButton({ current, table, what }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const save = (asTyped: boolean) => {
    const project = current();
    if (!project) return;
    const built = table(project);
    download(
      new Blob([toCsv(built.rows, { asTyped })], { type: 'text/csv;charset=utf-8' }),
      `${safeFileStem(`${project.name} - ${built.name}`)}.csv`,
    );
  };
  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };
  return (
    <span
      className="csv-menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) close();
      }}
      onBlur={(e) => {
        // Focus moving out of the menu (a click or Tab elsewhere) closes it.
        if (open && !e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        type="button"
        className="small-button csv-button"
        aria-label={t('csv.downloadLabel', { table: what })}
        title={t('csv.safeNote')}
        onClick={() => save(false)}
      >
        ⤓ {t('csv.download')}
      </button>
      <button
        ref={toggleRef}
        type="button"
        className="small-button csv-toggle"
        aria-label={t('csv.options', { table: what })}
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen(!open)}
      >
        ▾
      </button>
      {open && (
        <span id={menuId} className="csv-options" role="group" aria-label={t('csv.options', { table: what })}>
          <span className="small">{t('csv.safeNote')}</span>
          <button
            type="button"
            className="small-button"
            aria-label={t('csv.asTypedLabel', { table: what })}
            onClick={() => {
              save(true);
              close();
            }}
          >
            {t('csv.asTyped')}
          </button>
          <span className="small muted">{t('csv.asTypedNote')}</span>
        </span>
      )}
    </span>
  );
}
