import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { download } from '../../export/download';
import { projectFileName, projectToJsonBlob } from '../../export/projectJson';
import type { ProjectSummary } from '../../state/projectRepository';
import { projectSession } from '../../state/projectSession';
import { useAppStore } from '../../state/store';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ImportArea } from './ImportArea';
import { NewProjectForm } from './NewProjectForm';
import { ProjectRow } from './ProjectRow';
import { UnreadableProjects } from './UnreadableProjects';
import { WorkedCases } from './WorkedCases';
import { TableScroll } from '../../ui/TableScroll';

interface Props {
  onOpened: (projectId: string) => void;
  onNewFromExample: () => Promise<void>;
  /** The course's worked cases, opened as new projects. */
  cases: readonly string[];
  onOpenCase: (slug: string) => Promise<void>;
}

/** The project library: create, open, rename, duplicate, export, delete, import; newest change first. */
export function ProjectLibrary({ onOpened, onNewFromExample, cases, onOpenCase }: Props) {
  const { t } = useTranslation();
  const library = useAppStore((s) => s.library);
  const [toDelete, setToDelete] = useState<ProjectSummary | null>(null);
  const copyName = (name: string) => t('library.copyName', { name });
  // What another tab, or a stored record that stopped parsing, changed since the list was last read.
  useEffect(() => void projectSession.library.refresh().catch(() => undefined), []);

  const open = async (id: string) => {
    if ((await projectSession.open(id)) === 'opened') onOpened(id);
  };
  const exportOne = async (id: string) => {
    const project = await projectSession.library.load(id);
    if (project) download(projectToJsonBlob(project), projectFileName(project));
  };

  return (
    <div className="page library-page">
      <h1>{t('library.heading')}</h1>
      <p className="intro">{t('library.intro')}</p>
      <div className="toolbar">
        <NewProjectForm
          onCreate={async (name) => {
            const project = await projectSession.create(name);
            if (project) onOpened(project.id);
          }}
        />
        <button type="button" onClick={() => void onNewFromExample()}>
          {t('library.newFromExample')}
        </button>
      </div>
      <ImportArea onImported={onOpened} />
      {library === null ? (
        <p>{t('app.loading')}</p>
      ) : library.length === 0 ? (
        <p className="empty-help">{t('library.empty')}</p>
      ) : (
        <TableScroll>
          <table className="library-table">
            <thead>
              <tr>
                <th scope="col">{t('library.name')}</th>
                <th scope="col">{t('library.lastChanged')}</th>
                <th scope="col">{t('library.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {library.map((summary) => (
                <ProjectRow
                  key={summary.id}
                  summary={summary}
                  onOpen={() => void open(summary.id)}
                  onRename={(name) => void projectSession.library.rename(summary.id, name)}
                  onDuplicate={() => void projectSession.library.duplicate(summary.id, copyName)}
                  onExport={() => void exportOne(summary.id)}
                  onDelete={() => setToDelete(summary)}
                />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <UnreadableProjects />
      <WorkedCases cases={cases} onOpenCase={onOpenCase} />
      <ConfirmDialog
        open={toDelete !== null}
        title={t('library.confirmDeleteTitle', { name: toDelete?.name ?? '' })}
        body={t('library.confirmDeleteBody')}
        confirmLabel={t('library.delete')}
        cancelLabel={t('library.cancel')}
        danger
        onCancel={() => setToDelete(null)}
        onConfirm={() => {
          if (toDelete) void projectSession.library.remove(toDelete.id);
          setToDelete(null);
        }}
      />
    </div>
  );
}
