import { useTranslation } from 'react-i18next';
import { spreadOfHistogram } from '../domain/workshop/histogram';
import { DISAGREEMENT_SD } from '../domain/workshop/spread';
import { formatFixed } from '../i18n/format';

/** A workshop's spread behind a rating or score: how many rated it, the mean, the SD, and whether they disagree. */
export function GroupSpread({ counts, compact = false }: { counts: readonly number[]; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const s = spreadOfHistogram(counts);
  if (s.mean === null) return null;
  const fmt = (v: number) => formatFixed(v, i18n.language, 1);
  const disagree = s.sd !== null && s.sd >= DISAGREEMENT_SD;
  const text = t('workshop.canvas.spread', {
    n: s.n,
    mean: fmt(s.mean),
    sd: s.sd === null ? '–' : fmt(s.sd),
  });
  if (compact)
    return disagree ? (
      <span className="group-spread disagree" title={text} data-testid="cell-disagree">
        <span aria-hidden="true">±</span>
        <span className="visually-hidden">{`${text} · ${t('workshop.canvas.disagree')}`}</span>
      </span>
    ) : null;
  return (
    <p className={`group-spread${disagree ? ' disagree' : ''}`} data-testid="group-spread">
      {text}
      {disagree && ` · ${t('workshop.canvas.disagree')}`}
    </p>
  );
}
