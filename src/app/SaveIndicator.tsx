import { useTranslation } from 'react-i18next';
import { formatTime } from '../i18n/format';
import { isUnsafe, useAppStore } from '../state/store';

/** A quiet line in the header saying whether the open project is saved. */
export function SaveIndicator() {
  const { t, i18n } = useTranslation();
  const save = useAppStore((s) => s.save);
  let text = t('save.idle');
  if (save.kind === 'pending') text = t('save.pending');
  if (save.kind === 'saved') text = t('save.saved', { time: formatTime(save.at, i18n.language) });
  if (isUnsafe(save)) text = t('save.failedTitle');
  return (
    <span
      className={`save-indicator ${save.kind}`}
      role="status"
      data-testid="save-indicator"
      data-state={save.kind}
    >
      {text}
    </span>
  );
}
