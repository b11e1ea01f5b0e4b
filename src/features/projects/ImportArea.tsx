import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../domain/project/result';
import { projectSession } from '../../state/projectSession';
import { useAppStore } from '../../state/store';
import { ProblemList } from '../../ui/ProblemList';
import { readProjectFile } from './readProjectFile';

type Outcome = { kind: 'error'; file: string; problems: Problem[] } | null;

interface Props {
  onImported: (projectId: string) => void;
}

/** Import by file picker or by dropping a file; a bad file gets its problems listed and changes nothing. */
export function ImportArea({ onImported }: Props) {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const importFiles = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    if (files.length > 1) {
      setOutcome({
        kind: 'error',
        file: file.name,
        problems: [{ path: '(file)', message: t('library.notJsonFile') }],
      });
      return;
    }
    const parsed = await readProjectFile(file);
    if (!parsed.ok) {
      setOutcome({ kind: 'error', file: file.name, problems: parsed.errors });
      return;
    }
    try {
      const imported = await projectSession.import(parsed.value, (name) => t('library.copyName', { name }));
      if (!imported) return;
      const asCopy = imported.id !== parsed.value.id;
      setOutcome(null);
      useAppStore
        .getState()
        .setNotice(t(asCopy ? 'library.importedAsCopy' : 'library.imported', { name: imported.name }));
      onImported(imported.id);
    } catch (error) {
      setOutcome({
        kind: 'error',
        file: file.name,
        problems: [{ path: '(storage)', message: String(error) }],
      });
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void importFiles(event.dataTransfer.files);
  };

  return (
    <div
      className={`import-area${dragging ? ' dragging' : ''}`}
      data-testid="import-drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <button type="button" onClick={() => inputRef.current?.click()}>
        {t('library.import')}
      </button>
      <span className="muted">{dragging ? t('library.dropActive') : t('library.dropHint')}</span>
      <input
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="import-input"
        aria-label={t('library.import')}
        onChange={(e) => {
          void importFiles(e.target.files);
          e.target.value = '';
        }}
      />
      {outcome?.kind === 'error' && (
        <div className="alert error" role="alert">
          <strong>{t('library.importFailedTitle', { file: outcome.file })}</strong>
          <p>{t('library.importFailedHelp')}</p>
          <ProblemList problems={outcome.problems} />
          <button type="button" onClick={() => setOutcome(null)}>
            {t('library.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
