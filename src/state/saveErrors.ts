import type { SaveStatus } from './store';

/** Sorts a storage exception into what the user can do about it. */
export function classifySaveError(error: unknown): Extract<SaveStatus, { kind: 'failed' }> {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  // An aborted transaction rejects with its `error`, which is null when nothing names the cause.
  const detail =
    error instanceof Error || error instanceof DOMException
      ? `${error.name}: ${error.message}`
      : error === null || error === undefined
        ? ''
        : String(error);
  if (name === 'QuotaExceededError') return { kind: 'failed', reason: 'quota', detail };
  // No IndexedDB at all (undefined, or a stub that throws): reading `open` of undefined is a TypeError.
  if (name === 'TypeError' && typeof indexedDB === 'undefined')
    return { kind: 'failed', reason: 'unavailable', detail: '' };
  if (
    name === 'InvalidStateError' ||
    name === 'SecurityError' ||
    name === 'UnknownError' ||
    name === 'NotFoundError'
  )
    return { kind: 'failed', reason: 'unavailable', detail };
  return { kind: 'failed', reason: 'other', detail };
}
