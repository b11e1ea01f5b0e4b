import { useTranslation } from 'react-i18next';
import type { Activity } from '../../domain/workshop/activity';
import type { Idea } from '../../domain/workshop/tally';
import { participantLabels } from './participantLabels';
import { slotLabel } from './slotLabel';

interface Props {
  activity: Activity;
  ideas: Idea[];
  /** Participants in the order they first wrote (for their numbers). */
  order: string[];
  accepted: ReadonlySet<string>;
  onAccept: (ideas: Idea[]) => void;
}

const ideaKey = (idea: Idea) => `${idea.pid}/${idea.id}`;

/** The ideas written so far, per quadrant, each with who wrote it and a button that adds it to the SWOT. */
export function BrainstormResults({ activity, ideas, order, accepted, onAccept }: Props) {
  const { t } = useTranslation();
  const addLabel = t('workshop.results.add', {
    canvas: t(`workshop.activity.canvasShort.${activity.canvas ?? 'swot'}`),
  });
  const labels = participantLabels(order, ideas, (n) => t('workshop.results.anonymous', { n }));
  // Duplicates go too: they join their first idea's item with who gave them.
  const fresh = ideas.filter((i) => !accepted.has(ideaKey(i)));
  if (ideas.length === 0) return <p className="empty-help">{t('workshop.results.none')}</p>;
  return (
    <>
      <button type="button" className="primary" disabled={fresh.length === 0} onClick={() => onAccept(fresh)}>
        {t('workshop.results.addAll', { count: fresh.length })}
      </button>
      <div className="idea-board">
        {activity.slots.map((slot) => {
          const here = ideas.filter((i) => i.slot === slot);
          return (
            <section key={slot} className={`idea-column q-${slot}`} aria-label={slotLabel(t, activity, slot)}>
              <h3>
                {slotLabel(t, activity, slot)} <span className="count">{here.length}</span>
              </h3>
              <ul>
                {here.map((idea) => {
                  const done = accepted.has(ideaKey(idea));
                  return (
                    <li key={ideaKey(idea)} className="idea" data-testid="room-idea">
                      <span className="idea-text">{idea.text}</span>
                      <span className="idea-meta">
                        {labels.get(ideaKey(idea))}
                        {idea.duplicateOf && ` · ${t('workshop.results.duplicate')}`}
                      </span>
                      <button
                        type="button"
                        disabled={done}
                        onClick={() => onAccept([idea])}
                        aria-label={`${addLabel}: ${idea.text}`}
                      >
                        {done ? t('workshop.results.added') : addLabel}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </div>
    </>
  );
}
