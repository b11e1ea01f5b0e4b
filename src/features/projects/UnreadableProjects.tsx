import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { download } from '../../export/download';
import { safeFileStem } from '../../export/projectJson';
import { formatDateTime } from '../../i18n/format';
import { projectSession } from '../../state/projectSession';
import type { UnreadableProject } from '../../state/projectRepository';
import { useAppStore } from '../../state/store';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ProblemList } from '../../ui/ProblemList';

/** Stored projects that do not parse: listed with their first problems, downloadable raw, deleted only on confirmation. */
export function UnreadableProjects() {
  const { t, i18n } = useTranslation();
  const unreadable = useAppStore((s) => s.unreadable);
  const [toDelete, setToDelete] = useState<UnreadableProject | null>(null);
  if (unreadable.length === 0) return null;
  const nameOf = (u: UnreadableProject) => u.name || t('safety.unreadable.unnamed', { id: u.id });
  const downloadRaw = async (u: UnreadableProject) => {
    const record = (await projectSession.library.raw(u.key)) as { project?: unknown } | undefined;
    // The project as it is stored, so that it can be repaired by hand or by a later version.
    const text = JSON.stringify(record?.project ?? record ?? null, null, 2) + '\n';
    download(new Blob([text], { type: 'application/json' }), `${safeFileStem(nameOf(u))}.json`);
  };
  return (
    <section className="unreadable-projects" aria-labelledby="unreadable-heading">
      <h2 id="unreadable-heading">{t('safety.unreadable.heading')}</h2>
      <p>{t('safety.unreadable.intro')}</p>
      <ul>
        {unreadable.map((u) => (
          <li key={u.key} data-testid="unreadable-project">
            <strong>{nameOf(u)}</strong>
            {u.savedAt && <span className="muted"> · {formatDateTime(u.savedAt, i18n.language)}</span>}
            <p className="small">{t('safety.unreadable.problems')}:</p>
            <ProblemList problems={u.errors} />
            <div className="row-actions">
              <button
                type="button"
                aria-label={t('safety.unreadable.downloadLabel', { name: nameOf(u) })}
                onClick={() => void downloadRaw(u)}
              >
                {t('safety.unreadable.download')}
              </button>
              <button
                type="button"
                className="danger"
                aria-label={t('safety.unreadable.deleteLabel', { name: nameOf(u) })}
                onClick={() => setToDelete(u)}
              >
                {t('safety.unreadable.delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={toDelete !== null}
        title={t('safety.unreadable.confirmTitle', { name: toDelete ? nameOf(toDelete) : '' })}
        body={t('safety.unreadable.confirmBody')}
        confirmLabel={t('safety.unreadable.delete')}
        cancelLabel={t('library.cancel')}
        danger
        onCancel={() => setToDelete(null)}
        onConfirm={() => {
          if (toDelete) void projectSession.library.removeUnreadable(toDelete.key);
          setToDelete(null);
        }}
      />
    </section>
  );
}
