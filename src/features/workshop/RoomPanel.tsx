import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QrCode } from '../../ui/QrCode';
import type { LinkStatus } from '../../workshop/connection';

interface Props {
  link: string;
  status: LinkStatus;
  participants: number;
  onClose: () => void;
}

/** The open room: the link and QR code for participants, the connection and who is in. */
export function RoomPanel({ link, status, participants, onClose }: Props) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const onLocalhost = /^https?:\/\/(localhost|127\.)/.test(link);
  return (
    <section className="card workshop-room" aria-labelledby="room-heading">
      <h2 id="room-heading">{t('workshop.room.heading')}</h2>
      <p className={`link-status ${status}`} role="status" data-testid="room-status">
        {t(`workshop.status.${status}`)}
      </p>
      <div className="room-join">
        <QrCode text={link} label={t('workshop.room.qr')} />
        <div className="room-link">
          <label className="field">
            {t('workshop.room.link')}
            <input readOnly value={link} onFocus={(e) => e.target.select()} data-testid="join-link" />
          </label>
          <button
            type="button"
            onClick={() =>
              void navigator.clipboard?.writeText(link).then(
                () => setCopied(true),
                () => setCopied(false),
              )
            }
          >
            {copied ? t('workshop.room.copied') : t('workshop.room.copy')}
          </button>
          {onLocalhost && <p className="alert warning">{t('workshop.room.localhost')}</p>}
          <p className="room-count" data-testid="participant-count">
            {t('workshop.room.participants', { count: participants })}
          </p>
          <button type="button" className="danger-text" onClick={onClose}>
            {t('workshop.room.close')}
          </button>
        </div>
      </div>
    </section>
  );
}
