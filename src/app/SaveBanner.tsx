import { useTranslation } from 'react-i18next';
import { download } from '../export/download';
import { projectFileName, projectToJsonBlob } from '../export/projectJson';
import { flushSave, markSaved } from '../state/autosave';
import { importProject } from '../state/libraryActions';
import { projectRepository } from '../state/projectRepository';
import { showProject, useAppStore } from '../state/store';

/**
 * Stays on screen while the open project is not safely saved: a failed write (with one-click JSON export
 * and retry) or a write refused because another tab saved the same project first.
 */
export function SaveBanner({ onOpened }: { onOpened: (id: string) => void }) {
  const { t } = useTranslation();
  const save = useAppStore((s) => s.save);
  const project = useAppStore((s) => s.project);
  if (!project || (save.kind !== 'failed' && save.kind !== 'conflict')) return null;
  const exportJson = () => download(projectToJsonBlob(project), projectFileName(project));

  if (save.kind === 'failed')
    return (
      <div className="banner error" role="alert" data-testid="save-failed">
        <div>
          <strong>{t('save.failedTitle')}</strong> {t(`save.${save.reason}`)}
          <p>{t('save.failedHelp')}</p>
          <p className="muted small">{save.detail}</p>
        </div>
        <div className="banner-actions">
          <button type="button" className="primary" onClick={exportJson}>
            {t('app.exportJson')}
          </button>
          <button
            type="button"
            onClick={() => {
              useAppStore.getState().setSave({ kind: 'pending' });
              void flushSave();
            }}
          >
            {t('save.retry')}
          </button>
        </div>
      </div>
    );

  return (
    <div className="banner warning" role="alert" data-testid="save-conflict">
      <div>
        <strong>{t('save.conflictTitle')}</strong>
        <p>{t('save.conflictHelp')}</p>
      </div>
      <div className="banner-actions">
        <button
          type="button"
          onClick={async () => {
            const stored = await projectRepository.load(project.id);
            if (!stored) return;
            markSaved(stored.project);
            showProject(stored.project, stored.rev);
          }}
        >
          {t('save.loadTheirs')}
        </button>
        <button
          type="button"
          onClick={async () => {
            const copy = await importProject(project, (name) => t('library.copyName', { name }));
            onOpened(copy.id);
          }}
        >
          {t('save.keepMineAsCopy')}
        </button>
        <button type="button" className="primary" onClick={exportJson}>
          {t('app.exportJson')}
        </button>
      </div>
    </div>
  );
}
