import { useCallback, useEffect, useRef, useState } from 'react';
import type { RfmAnalysis } from '../../domain/project/types';
import type { ImportOutcome, ImportPreview, ImportRequest } from '../../workers/rfmImportPipeline';
import type { RfmWorkerRequest } from '../../workers/rfmImport.worker';

export type RfmImportState =
  | { step: 'idle' }
  | { step: 'reading'; file: File }
  | { step: 'mapping'; file: File; preview: ImportPreview; request?: ImportRequest }
  | { step: 'running'; file: File; preview: ImportPreview; request: ImportRequest; fraction: number }
  | {
      step: 'failed';
      file: File;
      preview: ImportPreview | null;
      request?: ImportRequest;
      problem: FailedProblem;
    };

export type FailedProblem =
  | { kind: 'unreadable'; detail: string }
  | { kind: 'empty' }
  | { kind: 'oldExcel' }
  | { kind: Exclude<ImportOutcome, { ok: true }>['reason'] };

type Reply =
  | { type: 'preview'; preview: ImportPreview }
  | { type: 'progress'; fraction: number }
  | { type: 'done'; outcome: ImportOutcome }
  | { type: 'failed'; message: string; code?: 'oldExcel' };

/**
 * An RFM import in a Web Worker: `choose` reads a file's first rows for the mapping step, `run` reads it all
 * with the confirmed settings and hands the analysis to `onDone`; `cancel` ends the worker wherever it is.
 */
export function useRfmImport(onDone: (analysis: RfmAnalysis) => void) {
  const [state, setState] = useState<RfmImportState>({ step: 'idle' });
  const worker = useRef<Worker | null>(null);
  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const start = useCallback(
    (message: RfmWorkerRequest, onReply: (reply: Reply) => void) => {
      stop();
      const w = new Worker(new URL('../../workers/rfmImport.worker.ts', import.meta.url), { type: 'module' });
      worker.current = w;
      w.onmessage = (event: MessageEvent<Reply>) => onReply(event.data);
      w.onerror = (event) => {
        event.preventDefault();
        onReply({ type: 'failed', message: event.message || 'worker' });
      };
      w.postMessage(message);
    },
    [stop],
  );

  const choose = useCallback(
    (file: File) => {
      setState({ step: 'reading', file });
      start({ type: 'preview', file }, (reply) => {
        stop();
        if (reply.type === 'failed')
          setState({
            step: 'failed',
            file,
            preview: null,
            problem:
              reply.code === 'oldExcel'
                ? { kind: 'oldExcel' }
                : { kind: 'unreadable', detail: reply.message },
          });
        else if (reply.type === 'preview')
          setState(
            reply.preview.samples.length === 0
              ? { step: 'failed', file, preview: null, problem: { kind: 'empty' } }
              : { step: 'mapping', file, preview: reply.preview },
          );
      });
    },
    [start, stop],
  );

  const run = useCallback(
    (file: File, preview: ImportPreview, request: ImportRequest) => {
      setState({ step: 'running', file, preview, request, fraction: 0 });
      start({ type: 'run', file, request }, (reply) => {
        if (reply.type === 'progress')
          setState((s) => (s.step === 'running' ? { ...s, fraction: reply.fraction } : s));
        else if (reply.type === 'failed') {
          stop();
          setState({
            step: 'failed',
            file,
            preview,
            request,
            problem: { kind: 'unreadable', detail: reply.message },
          });
        } else if (reply.type === 'done') {
          stop();
          if (reply.outcome.ok) {
            setState({ step: 'idle' });
            onDone(reply.outcome.analysis);
          } else
            setState({ step: 'failed', file, preview, request, problem: { kind: reply.outcome.reason } });
        }
      });
    },
    [start, stop, onDone],
  );

  const cancel = useCallback(() => {
    stop();
    setState({ step: 'idle' });
  }, [stop]);

  /** Back from a failed run to the mapping step, with the settings it ran with, to change one. */
  const back = useCallback(() => {
    setState((s) =>
      s.step === 'failed' && s.preview
        ? { step: 'mapping', file: s.file, preview: s.preview, ...(s.request && { request: s.request }) }
        : s,
    );
  }, []);

  return { state, choose, run, cancel, back };
}
