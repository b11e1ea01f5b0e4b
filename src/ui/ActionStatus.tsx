export type ActionState = { kind: 'idle' | 'busy' | 'done' | 'error'; message?: string };

/** What an export or download came to, announced: a status while busy or done, an alert when it failed. */
export function ActionStatus({ status }: { status: ActionState }) {
  if (status.kind === 'idle' || !status.message) return null;
  return (
    <p
      className={status.kind === 'error' ? 'alert error' : 'alert success'}
      role={status.kind === 'error' ? 'alert' : 'status'}
    >
      {status.message}
    </p>
  );
}
