import { useTranslation } from 'react-i18next';
import type { RfmAnalysis } from '../../domain/project/types';

/** Every bad row counted by reason, and the first ones by line number: nothing the import skipped is hidden. */
export function RfmBadRows({ rfm }: { rfm: RfmAnalysis }) {
  const { t } = useTranslation();
  const line = (b: RfmAnalysis['badLines'][number]) =>
    b.toLine === null ? t('customers.rfm.bad.line', { line: b.line }) : t('customers.rfm.bad.lines', b);
  return (
    <details className="rfm-bad" data-testid="rfm-bad" open>
      <summary>
        {t('customers.rfm.bad.summary', { count: rfm.badRows, n: rfm.badRows.toLocaleString() })}
      </summary>
      <ul>
        {rfm.badByReason.map((b) => (
          <li key={b.reason}>
            {t('customers.rfm.bad.byReason', {
              reason: t(`customers.rfm.bad.reasons.${b.reason}`),
              count: b.count,
            })}
          </li>
        ))}
      </ul>
      <p>{t('customers.rfm.bad.first', { n: rfm.badLines.length })}</p>
      <ul className="rfm-bad-lines">
        {rfm.badLines.map((b) => (
          <li key={b.line}>
            {line(b)}
            {t('common.colon')}
            {t(`customers.rfm.bad.reasons.${b.reason}`)}
          </li>
        ))}
      </ul>
    </details>
  );
}
