import type { MouseEvent } from 'react';

/** A small ✕ that removes one row or card; `label` says what ("Remove Cost focus") to screen readers and on hover. */
export function RemoveButton({
  label,
  onClick,
}: {
  label: string;
  onClick: (event: MouseEvent<HTMLButtonElement>) => void;
}) {
  return (
    <button type="button" className="icon danger-text" aria-label={label} title={label} onClick={onClick}>
      ✕
    </button>
  );
}
