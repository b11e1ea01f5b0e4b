import { importFile, previewFile, type ImportRequest } from './rfmImportPipeline';
import { OldExcelError } from './xlsxRows';

/** Reads a customer data file off the main thread: a million rows must not freeze the page. */
export type RfmWorkerRequest =
  { type: 'preview'; file: File } | { type: 'run'; file: File; request: ImportRequest };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<RfmWorkerRequest>) => void) | null;
  postMessage: (message: unknown) => void;
};

const failed = (error: unknown) =>
  scope.postMessage({
    type: 'failed',
    message: error instanceof Error ? error.message : String(error),
    ...(error instanceof OldExcelError && { code: 'oldExcel' }),
  });

scope.onmessage = ({ data }) => {
  if (data.type === 'preview')
    previewFile(data.file).then((preview) => scope.postMessage({ type: 'preview', preview }), failed);
  else
    importFile(data.file, data.request, (fraction) => scope.postMessage({ type: 'progress', fraction })).then(
      (outcome) => scope.postMessage({ type: 'done', outcome }),
      failed,
    );
};
