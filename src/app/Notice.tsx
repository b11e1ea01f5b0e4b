import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/store';

/** The outcome of the last library action, kept on screen across navigation until dismissed. */
export function Notice() {
  const { t } = useTranslation();
  const notice = useAppStore((s) => s.notice);
  const setNotice = useAppStore((s) => s.setNotice);
  return (
    <div role="status" className="notice-slot">
      {notice && (
        <p className="alert success notice">
          {notice}{' '}
          <button type="button" onClick={() => setNotice(null)}>
            {t('library.dismiss')}
          </button>
        </p>
      )}
    </div>
  );
}
