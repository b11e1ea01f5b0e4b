import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import type { ProjectSummary } from '../../state/projectRepository';

interface Props {
  summary: ProjectSummary;
  onOpen: () => void;
  onRename: (name: string) => void;
  onDuplicate: () => void;
  onExport: () => void;
  onDelete: () => void;
}

/** One project in the library with its last change and actions; renaming happens in place. */
export function ProjectRow({ summary, onOpen, onRename, onDuplicate, onExport, onDelete }: Props) {
  const { t, i18n } = useTranslation();
  const [renaming, setRenaming] = useState<string | null>(null);
  const nameError = renaming !== null && renaming.trim() === '';
  const commit = () => {
    if (renaming === null || nameError) return;
    onRename(renaming.trim());
    setRenaming(null);
  };
  return (
    <tr data-testid="project-row">
      <td>
        {renaming === null ? (
          <a
            href={`#/p/${summary.id}/swot`}
            className="project-name"
            onClick={(e) => {
              e.preventDefault();
              onOpen();
            }}
          >
            {summary.name}
          </a>
        ) : (
          <form
            className="rename-form"
            onSubmit={(e) => {
              e.preventDefault();
              commit();
            }}
          >
            <input
              autoFocus
              aria-label={t('library.renameLabel', { name: summary.name })}
              aria-invalid={nameError}
              value={renaming}
              maxLength={200}
              onChange={(e) => setRenaming(e.target.value)}
              onKeyDown={(e) => e.key === 'Escape' && setRenaming(null)}
            />
            <button type="submit" disabled={nameError}>
              {t('library.save')}
            </button>
            <button type="button" onClick={() => setRenaming(null)}>
              {t('library.cancel')}
            </button>
            {nameError && (
              <span className="field-error" role="alert">
                {t('library.nameRequired')}
              </span>
            )}
          </form>
        )}
      </td>
      <td>
        <time dateTime={summary.savedAt}>{formatDateTime(summary.savedAt, i18n.language)}</time>
      </td>
      <td className="row-actions">
        <button type="button" onClick={onOpen}>
          {t('library.open')}
        </button>
        <button
          type="button"
          onClick={() => setRenaming(summary.name)}
          aria-label={`${t('library.rename')}: ${summary.name}`}
        >
          {t('library.rename')}
        </button>
        <button type="button" onClick={onDuplicate} aria-label={`${t('library.duplicate')}: ${summary.name}`}>
          {t('library.duplicate')}
        </button>
        <button type="button" onClick={onExport} aria-label={`${t('library.export')}: ${summary.name}`}>
          {t('library.export')}
        </button>
        <button
          type="button"
          className="danger-text"
          onClick={onDelete}
          aria-label={`${t('library.delete')}: ${summary.name}`}
        >
          {t('library.delete')}
        </button>
      </td>
    </tr>
  );
}
