import { memo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The accessible name (a table cell has no visible label of its own). */
  label: string;
  /** null: empty, meaning "as the model" or "none" (`placeholder` says which). */
  value: number | null;
  onChange: (value: number | null) => void;
  onCommitEnd?: () => void;
  min: number;
  max: number;
  whole?: boolean;
  /** Whether the cell may be left empty. */
  optional?: boolean;
  placeholder?: string;
}

/** A number typed in a table cell; a bad one is explained under it and nothing is saved from it. */
export const CellNumber = memo(function CellNumber({
  label,
  value,
  onChange,
  onCommitEnd,
  min,
  max,
  whole,
  optional,
  placeholder,
}: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const id = useId();
  const read = (text: string): { value: number | null; error: string | null } => {
    const trimmed = text.trim();
    if (trimmed === '')
      return optional ? { value: null, error: null } : { value: null, error: t('serviceCost.invalidNumber') };
    const n = Number(trimmed.replace(',', '.'));
    if (!Number.isFinite(n)) return { value: null, error: t('serviceCost.invalidNumber') };
    if (n < min || n > max) return { value: null, error: `${min} – ${max}` };
    if (whole && !Number.isInteger(n)) return { value: null, error: t('common.wholeNumber') };
    return { value: n, error: null };
  };
  const error = draft === null ? null : read(draft).error;
  return (
    <span className="cell-number">
      <input
        type="text"
        inputMode="decimal"
        aria-label={label}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        placeholder={placeholder}
        value={draft ?? (value === null ? '' : String(value))}
        onChange={(e) => {
          setDraft(e.target.value);
          const next = read(e.target.value);
          if (next.error === null && next.value !== value) onChange(next.value);
        }}
        onBlur={() => {
          if (error === null) setDraft(null);
          onCommitEnd?.();
        }}
      />
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
});
