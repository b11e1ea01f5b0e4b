import { useTranslation } from 'react-i18next';

/**
 * What shows until the open project is on screen: the same bar and line as the static shell in index.html,
 * styled by that file's inline style (it stays in the head).
 * Its elements are not the app's: when the header and the page arrive they are new elements, not moved ones,
 * so the first load has no layout shift however tall the header turns out.
 */
export function BootShell() {
  const { t } = useTranslation();
  return (
    <div className="boot-shell">
      <div className="boot-shell-bar">{t('app.title')}</div>
      <p className="boot-shell-body">{t('app.loading')}</p>
    </div>
  );
}
