interface Props {
  label: string;
  value: number | null;
  min: number;
  max: number;
  onChange: (value: number | null) => void;
  emptyLabel?: string;
  className?: string;
}

/** A whole-number rating (1–4, 1–5 …) or none, as a labelled select. */
export function ScoreSelect({ label, value, min, max, onChange, emptyLabel = '–', className }: Props) {
  const options = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  return (
    <select
      className={className ?? 'rating'}
      aria-label={label}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
    >
      <option value="">{emptyLabel}</option>
      {options.map((n) => (
        <option key={n} value={n}>
          {n}
        </option>
      ))}
    </select>
  );
}
