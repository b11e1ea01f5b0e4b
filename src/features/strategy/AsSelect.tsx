import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  /** undefined: not scored yet; null: a dash. */
  value: number | null | undefined;
  max: number;
  onChange: (value: number | null | undefined) => void;
}

/** An attractiveness score: not scored, a dash, or 1–max. */
export function AsSelect({ label, value, max, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <select
      className="rating"
      aria-label={label}
      value={value === undefined ? '' : value === null ? 'dash' : String(value)}
      onChange={(e) =>
        onChange(
          e.target.value === '' ? undefined : e.target.value === 'dash' ? null : Number(e.target.value),
        )
      }
    >
      <option value="">{t('strategy.notScored')}</option>
      <option value="dash">{t('strategy.dash')}</option>
      {Array.from({ length: max }, (_, i) => i + 1).map((n) => (
        <option key={n} value={n}>
          {n}
        </option>
      ))}
    </select>
  );
}
