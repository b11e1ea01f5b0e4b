import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseWeight } from '../domain/swot/weight';

interface Props {
  label: string;
  value: number | null;
  onCommit: (value: number | null) => void;
}

/** A weight 0–1 typed freely; a bad value shows a message under the field and is not saved. */
export function WeightField({ label, value, onCommit }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const errorId = useId();
  const shown = draft ?? (value === null ? '' : String(value));
  const invalid = draft !== null && parseWeight(draft) === undefined;
  return (
    <span className="weight-field">
      <input
        type="text"
        inputMode="decimal"
        aria-label={label}
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId : undefined}
        value={shown}
        onChange={(e) => {
          setDraft(e.target.value);
          const parsed = parseWeight(e.target.value);
          if (parsed !== undefined && parsed !== value) onCommit(parsed);
        }}
        onBlur={() => {
          if (!invalid) setDraft(null);
        }}
      />
      {invalid && (
        <span id={errorId} className="field-error" role="alert">
          {t('swot.weightError')}
        </span>
      )}
    </span>
  );
}
