import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RfmAnalysis } from '../../domain/project/types';
import { RfmImportDialog } from './RfmImportDialog';
import { useRfmImport } from './useRfmImport';

/**
 * The import's button, file chooser, example link and dialog. The import's state lives here, so that its
 * progress re-renders the dialog, not the analysis already on the page (its charts and tables).
 */
export const RfmImportControls = memo(function RfmImportControls({
  again,
  onDone,
}: {
  /** An analysis is there already: "Import another file…". */
  again: boolean;
  onDone: (analysis: RfmAnalysis) => void;
}) {
  const { t, i18n } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const importer = useRfmImport(onDone);
  return (
    <>
      <p className="page-actions">
        <button type="button" className="primary" onClick={() => fileInput.current?.click()}>
          {again ? t('customers.rfm.importAgain') : t('customers.rfm.importButton')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".csv,.tsv,.txt,.xlsx,.xls,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel"
          hidden
          aria-label={t('customers.rfm.fileLabel')}
          data-testid="rfm-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) importer.choose(file);
          }}
        />
        <a
          href={`${import.meta.env.BASE_URL}examples/transactions.${i18n.language === 'zh-CN' ? 'zh-CN' : 'en'}.csv`}
          download
        >
          {t('customers.rfm.exampleLink')}
        </a>
      </p>
      <RfmImportDialog {...importer} />
    </>
  );
});
