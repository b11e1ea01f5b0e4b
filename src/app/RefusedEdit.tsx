import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/store';

/** Says why the last edit was not made (a list at its limit) until dismissed or the next edit. */
export function RefusedEdit() {
  const { t } = useTranslation();
  const refused = useAppStore((s) => s.refused);
  if (!refused) return null;
  return (
    <p className="alert error notice" role="alert" data-testid="edit-refused">
      <strong>{t('safety.refusedTitle')}</strong> {t(`safety.full.${refused.kind}`, { max: refused.max })}{' '}
      <button type="button" onClick={() => useAppStore.getState().setRefused(null)}>
        {t('library.dismiss')}
      </button>
    </p>
  );
}
