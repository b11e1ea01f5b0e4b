import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewContext } from '../../charts/useViewContext';
import { availableSlides } from '../../export/deck/deckSlides';
import { projectDeckFile } from '../../export/deck/deckFile';
import { download } from '../../export/download';
import { useAppStore } from '../../state/store';
import { ActionStatus, type ActionState } from '../../ui/ActionStatus';

/** Choose the slides of the PowerPoint deck and their order, then download it. */
export default function DeckDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const ctx = useViewContext();
  const project = useAppStore((s) => s.project);
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const slides = useMemo(() => (project ? availableSlides(project, ctx) : []), [project, ctx]);
  const [order, setOrder] = useState<string[]>(() => slides.map((s) => s.id));
  const [included, setIncluded] = useState<Set<string>>(
    () => new Set(slides.filter((s) => !s.optional).map((s) => s.id)),
  );
  const [status, setStatus] = useState<ActionState>({ kind: 'idle' });
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  if (!project) return null;
  const byId = new Map(slides.map((s) => [s.id, s]));
  const ids = order.filter((id) => byId.has(id));
  const move = (index: number, by: number) => {
    const next = [...ids];
    const [id] = next.splice(index, 1);
    next.splice(index + by, 0, id!);
    setOrder(next);
  };
  const chosen = ids.filter((id) => included.has(id));
  return (
    <dialog
      ref={ref}
      className="dialog deck-dialog"
      aria-labelledby={headingId}
      onCancel={onClose}
      onClose={onClose}
    >
      <h2 id={headingId}>{t('deck.heading')}</h2>
      <p className="muted small">{t('deck.help')}</p>
      <ol className="deck-slides" data-testid="deck-slides">
        <li className="muted">{t('deck.titleSlide', { name: project.name })}</li>
        {ids.map((id, index) => (
          <li key={id} data-testid="deck-slide">
            <label>
              <input
                type="checkbox"
                checked={included.has(id)}
                onChange={(e) => {
                  const next = new Set(included);
                  if (e.target.checked) next.add(id);
                  else next.delete(id);
                  setIncluded(next);
                }}
              />
              {byId.get(id)!.title}
            </label>
            <button
              type="button"
              className="small-button"
              aria-label={t('deck.up', { title: byId.get(id)!.title })}
              disabled={index === 0}
              onClick={() => move(index, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              className="small-button"
              aria-label={t('deck.down', { title: byId.get(id)!.title })}
              disabled={index === ids.length - 1}
              onClick={() => move(index, 1)}
            >
              ↓
            </button>
          </li>
        ))}
      </ol>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('chartExport.close')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={status.kind === 'busy'}
          onClick={async () => {
            setStatus({ kind: 'busy', message: t('deck.busy') });
            try {
              const file = await projectDeckFile(project, ctx, chosen);
              download(file.blob, file.name);
              setStatus({ kind: 'done', message: t('deck.done', { count: chosen.length + 1 }) });
            } catch (error) {
              setStatus({
                kind: 'error',
                message: t('chartExport.failed', { reason: (error as Error).message }),
              });
            }
          }}
        >
          {t('deck.download', { count: chosen.length + 1 })}
        </button>
      </div>
      <ActionStatus status={status} />
    </dialog>
  );
}
