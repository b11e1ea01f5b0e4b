import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RfmMappingForm } from './RfmMappingForm';
import type { useRfmImport } from './useRfmImport';
import { useModal } from '../../ui/useModal';

type Import = ReturnType<typeof useRfmImport>;

/** The import of a customer data file, step by step, in a modal dialog: reading, mapping, running, or what failed. */
export function RfmImportDialog({ state, run, cancel, back }: Import) {
  const { t } = useTranslation();
  const open = state.step !== 'idle';
  const ref = useModal(open);
  const titleId = useId();
  const fileName = state.step === 'idle' ? '' : state.file.name;
  return (
    <dialog
      ref={ref}
      className="dialog rfm-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        cancel();
      }}
    >
      <h2 id={titleId}>{t('customers.rfm.import.title', { file: fileName })}</h2>
      {state.step === 'reading' && <p role="status">{t('customers.rfm.import.reading')}</p>}
      {state.step === 'mapping' && (
        <RfmMappingForm
          fileName={fileName}
          preview={state.preview}
          initial={state.request}
          onImport={(request) => run(state.file, state.preview, request)}
          onCancel={cancel}
        />
      )}
      {state.step === 'running' && (
        <>
          <p role="status">
            {t('customers.rfm.import.running', { percent: Math.round(state.fraction * 100) })}
          </p>
          <progress
            className="rfm-progress"
            max={1}
            value={state.fraction}
            aria-label={t('customers.rfm.import.progress')}
          />
          <div className="dialog-actions">
            <button type="button" onClick={cancel} autoFocus>
              {t('customers.rfm.import.cancel')}
            </button>
          </div>
        </>
      )}
      {state.step === 'failed' && (
        <>
          <p className="alert" role="alert">
            {t(`customers.rfm.import.failed.${state.problem.kind}`, {
              detail: state.problem.kind === 'unreadable' ? state.problem.detail : '',
            })}
          </p>
          <div className="dialog-actions">
            {state.preview && (
              <button type="button" onClick={back}>
                {t('customers.rfm.import.back')}
              </button>
            )}
            <button type="button" onClick={cancel} autoFocus>
              {t('customers.rfm.import.close')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
