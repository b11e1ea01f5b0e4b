import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { isUnsafe, useAppStore } from '../state/store';

/**
 * Says when a new version has been downloaded, and reloads into it only when the user asks, and only once the
 * open project is saved: never in the middle of unsaved work. Also says, once, that the app now works offline.
 * Both float over the page (they come at any moment, and must not push the page down). While presenting
 * (`quiet`) neither shows: they would cover the slide's controls in front of a room; they show on leaving.
 */
/** How long the one-time "works offline" notice stays. */
export const OFFLINE_NOTICE_MS = 8000;

export function UpdatePrompt({ quiet = false }: { quiet?: boolean }) {
  const { t } = useTranslation();
  const save = useAppStore((s) => s.save);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();
  // "Works offline" is news, not a question: it goes by itself, so that on a phone it does not keep covering
  // the bottom of the page (a worked case's button was under it).
  const offlineNotice = offlineReady && !needRefresh && !quiet;
  useEffect(() => {
    if (!offlineNotice) return;
    const timer = setTimeout(() => setOfflineReady(false), OFFLINE_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [offlineNotice, setOfflineReady]);
  const waiting = save.kind === 'pending';
  const unsafe = isUnsafe(save);
  if (quiet || (!needRefresh && !offlineReady)) return null;
  if (!needRefresh)
    return (
      <p className="alert success notice update-toast" role="status">
        {t('app.offlineReady')}{' '}
        <button type="button" onClick={() => setOfflineReady(false)}>
          {t('library.dismiss')}
        </button>
      </p>
    );
  return (
    <div className="banner update-toast" role="status" data-testid="update-available">
      <div>
        <strong>{t('app.update.available')}</strong>
        {(waiting || unsafe) && <p>{t(waiting ? 'app.update.waitSave' : 'app.update.unsafe')}</p>}
      </div>
      <div className="banner-actions">
        <button
          type="button"
          className="primary"
          disabled={waiting || unsafe}
          onClick={() => void updateServiceWorker(true)}
        >
          {t('app.update.reload')}
        </button>
        <button type="button" onClick={() => setNeedRefresh(false)}>
          {t('app.update.later')}
        </button>
      </div>
    </div>
  );
}
