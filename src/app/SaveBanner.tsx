import { useTranslation } from 'react-i18next';
import { download } from '../export/download';
import { projectFileName, projectToJsonBlob } from '../export/projectJson';
import { projectSession } from '../state/projectSession';
import { useProjectId } from '../state/selectors';
import { currentProject, useAppStore } from '../state/store';
import { ProblemList } from '../ui/ProblemList';

/**
 * Stays on screen while the open project is not safely saved: a failed write (with one-click JSON export
 * and retry), a write refused because another tab saved the same project first, a project that would not
 * load again, or one deleted elsewhere.
 */
export function SaveBanner({ onOpened }: { onOpened: (id: string) => void }) {
  const { t } = useTranslation();
  const save = useAppStore((s) => s.save);
  // The banner shows nothing of the project: it is read when a button is pressed, so typing does not redraw it.
  const projectId = useProjectId();
  if (!projectId) return null;
  const exportNow = () => {
    const project = currentProject();
    if (project) download(projectToJsonBlob(project), projectFileName(project));
  };
  const exportButton = (
    <button type="button" className="primary" onClick={exportNow}>
      {t('app.exportJson')}
    </button>
  );

  if (save.kind === 'failed')
    return (
      <div className="banner error" role="alert" data-testid="save-failed">
        <div>
          <strong>{t('save.failedTitle')}</strong> {t(`save.${save.reason}`)}
          <p>{t(save.reason === 'unavailable' ? 'save.unavailableHelp' : 'save.failedHelp')}</p>
          {save.detail && save.reason !== 'unavailable' && <p className="muted small">{save.detail}</p>}
        </div>
        <div className="banner-actions">
          {exportButton}
          <button
            type="button"
            onClick={() => {
              useAppStore.getState().setSave({ kind: 'pending' });
              void projectSession.flush();
            }}
          >
            {t('save.retry')}
          </button>
        </div>
      </div>
    );

  if (save.kind === 'invalid')
    return (
      <div className="banner error" role="alert" data-testid="save-invalid">
        <div>
          <strong>{t('safety.invalidTitle')}</strong>
          <p>{t('safety.invalidHelp')}</p>
          <ProblemList problems={save.problems} />
        </div>
        <div className="banner-actions">{exportButton}</div>
      </div>
    );

  if (save.kind === 'deleted')
    return (
      <div className="banner error" role="alert" data-testid="save-deleted">
        <div>
          <strong>{t('safety.deletedTitle')}</strong>
          <p>{t('safety.deletedHelp')}</p>
        </div>
        <div className="banner-actions">
          <button type="button" onClick={() => void projectSession.saveAgain()}>
            {t('safety.saveAgain')}
          </button>
          {exportButton}
        </div>
      </div>
    );

  if (save.kind !== 'conflict') return null;
  return (
    <div className="banner warning" role="alert" data-testid="save-conflict">
      <div>
        <strong>{t('save.conflictTitle')}</strong>
        <p>{t('save.conflictHelp')}</p>
      </div>
      <div className="banner-actions">
        <button type="button" onClick={() => void projectSession.loadSaved()}>
          {t('save.loadTheirs')}
        </button>
        <button
          type="button"
          onClick={async () => {
            const project = currentProject();
            if (!project) return;
            const copy = await projectSession.keepAsCopy(project, (name) => t('library.copyName', { name }));
            if (copy) onOpened(copy.id);
          }}
        >
          {t('save.keepMineAsCopy')}
        </button>
        {exportButton}
      </div>
    </div>
  );
}
