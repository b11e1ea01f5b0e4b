import { useTranslation } from 'react-i18next';
import { download } from '../export/download';
import { projectFileName, projectToJsonBlob } from '../export/projectJson';
import { useProjectId, useProjectName } from '../state/selectors';
import { currentProject, isUnsafe, useAppStore } from '../state/store';
import { ConfirmDialog } from '../ui/ConfirmDialog';

/**
 * Asks before another project replaces one whose latest work is not in storage (a failed save, a conflict,
 * a project that would not load, or one deleted elsewhere): keep editing, export JSON, or discard.
 */
export function LeaveGuard() {
  const { t } = useTranslation();
  const leaving = useAppStore((s) => s.leaving);
  const projectId = useProjectId();
  const projectName = useProjectName();
  const save = useAppStore((s) => s.save);
  const answer = (leave: boolean) => {
    useAppStore.getState().setLeaving(null);
    leaving?.resolve(leave);
  };
  const reason = isUnsafe(save) ? t(`safety.leave.${save.kind}`) : '';
  return (
    <ConfirmDialog
      open={leaving !== null && projectId !== null}
      title={t('safety.leave.title', { name: projectName ?? '' })}
      body={`${reason} ${t('safety.leave.lost')}`}
      cancelLabel={t('safety.leave.keep')}
      confirmLabel={t('safety.leave.discard')}
      danger
      extra={
        <button
          type="button"
          onClick={() => {
            const project = currentProject();
            if (project) download(projectToJsonBlob(project), projectFileName(project));
          }}
        >
          {t('safety.leave.exportJson')}
        </button>
      }
      onCancel={() => answer(false)}
      onConfirm={() => answer(true)}
    />
  );
}
