import { useId, useState } from 'react';

interface Props {
  label: string;
  value: number | null;
  min: number;
  max: number;
  /** Shown under the field when the typed text is not a number in range. */
  rangeMessage: string;
  onCommit: (value: number | null) => void;
  className?: string;
  /** Only whole numbers (a count): anything else is explained, not saved. */
  integer?: boolean;
  /** Empty is not "not set" but a mistake: explained, and the last good value stays. */
  required?: boolean;
}

/**
 * A small number typed freely within [min, max], or left empty for "not set". A bad value is explained under
 * the field and not saved; the last good value stays in the project.
 */
export function BoundedNumberInput({
  label,
  value,
  min,
  max,
  rangeMessage,
  onCommit,
  className,
  integer,
  required,
}: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const errorId = useId();
  const parse = (text: string): number | null | undefined => {
    const trimmed = text.trim().replace(',', '.');
    if (trimmed === '') return required ? undefined : null;
    const n = Number(trimmed);
    return Number.isFinite(n) && n >= min && n <= max && (!integer || Number.isInteger(n)) ? n : undefined;
  };
  const shown = draft ?? (value === null ? '' : String(value));
  const invalid = draft !== null && parse(draft) === undefined;
  return (
    <span className="bounded-number">
      <input
        type="text"
        inputMode="decimal"
        className={className ?? 'rating10'}
        aria-label={label}
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId : undefined}
        value={shown}
        onChange={(e) => {
          setDraft(e.target.value);
          const parsed = parse(e.target.value);
          if (parsed !== undefined && parsed !== value) onCommit(parsed);
        }}
        onBlur={() => {
          if (!invalid) setDraft(null);
        }}
      />
      {invalid && (
        <span id={errorId} className="field-error" role="alert">
          {rangeMessage}
        </span>
      )}
    </span>
  );
}
