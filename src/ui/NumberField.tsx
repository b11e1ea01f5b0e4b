import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  value: number;
  onChange: (value: number) => void;
  min?: number;
  max?: number;
  step?: number;
  /** Show a slider beside the number field. */
  slider?: boolean;
  /** Checks a typed value; a message is shown under the field and nothing is saved. */
  validate?: (value: number) => string | null;
  /** Called when a slider drag or a typing run ends, so that it forms one undo step. */
  onCommitEnd?: () => void;
  testId?: string;
  /** What the number means and a typical value, shown under the field (and read with it). */
  hint?: string;
}

/** A labelled number, typed freely or dragged on a slider; bad input is explained at the field. */
export function NumberField({
  label,
  value,
  onChange,
  min,
  max,
  step,
  slider,
  validate,
  onCommitEnd,
  testId,
  hint,
}: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const id = useId();
  const parsed = draft === null ? value : Number(draft.trim().replace(',', '.'));
  const typedError =
    draft === null
      ? null
      : draft.trim() === '' || !Number.isFinite(parsed)
        ? t('serviceCost.invalidNumber')
        : (min !== undefined && parsed < min) || (max !== undefined && parsed > max)
          ? `${min ?? '−∞'} – ${max ?? '∞'}`
          : (validate?.(parsed) ?? null);
  return (
    <div className="number-field" data-testid={testId}>
      <label htmlFor={id}>{label}</label>
      <div className="number-inputs">
        {slider && (
          <input
            type="range"
            aria-label={label}
            min={min}
            max={max}
            step={step}
            value={value}
            onChange={(e) => {
              setDraft(null);
              onChange(Number(e.target.value));
            }}
            onPointerUp={onCommitEnd}
            onKeyUp={onCommitEnd}
          />
        )}
        <input
          id={id}
          type="text"
          inputMode="decimal"
          aria-invalid={typedError !== null}
          aria-describedby={
            [typedError && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ') || undefined
          }
          value={draft ?? String(value)}
          onChange={(e) => {
            setDraft(e.target.value);
            const next = Number(e.target.value.trim().replace(',', '.'));
            const ok =
              e.target.value.trim() !== '' &&
              Number.isFinite(next) &&
              (min === undefined || next >= min) &&
              (max === undefined || next <= max) &&
              !validate?.(next);
            if (ok && next !== value) onChange(next);
          }}
          onBlur={() => {
            if (typedError === null) setDraft(null);
            onCommitEnd?.();
          }}
        />
      </div>
      {hint && (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      )}
      {typedError && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {typedError}
        </span>
      )}
    </div>
  );
}
