import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TOWS_CELLS } from '../../domain/project/schema';
import type { Project } from '../../domain/project/types';
import { addAlternative } from '../../domain/strategy/edit';
import { AlternativeCard } from './AlternativeCard';
import { useStrategyEdit } from './useStrategyEdit';
import { fullReason } from '../../i18n/capacity';
import { FullReason } from '../../ui/FullReason';

/** The alternatives: the four generic strategies by default, custom ones, and TOWS strategies promoted. */
export function AlternativesPanel({ project }: { project: Project }) {
  const { t } = useTranslation();
  const edit = useStrategyEdit();
  const [promoteId, setPromoteId] = useState('');
  const full = fullReason(t, 'alternatives', project.strategy.alternatives.length);
  const towsOptions = TOWS_CELLS.flatMap((cell) =>
    project.tows[cell].map((s, i) => ({ id: s.id, label: `${cell}${i + 1}`, text: s.text })),
  );
  const towsLabel = (id: string | null) => towsOptions.find((o) => o.id === id)?.label ?? null;
  const promoted = towsOptions.find((o) => o.id === promoteId);
  return (
    <section aria-labelledby="alternatives-heading" className="strategy-section">
      <h2 id="alternatives-heading">{t('strategy.alternatives')}</h2>
      <ul className="alternative-list">
        {project.strategy.alternatives.map((a, i) => (
          <AlternativeCard
            key={a.id}
            alternative={a}
            index={i}
            models={project.serviceModels}
            towsLabel={towsLabel(a.towsId)}
          />
        ))}
      </ul>
      <div className="toolbar">
        <button
          type="button"
          disabled={Boolean(full)}
          aria-describedby={full ? 'alternatives-full' : undefined}
          onClick={() => edit.act((p) => addAlternative(p, 'custom', t('strategy.newAlternative')))}
        >
          {t('strategy.addAlternative')}
        </button>
        {towsOptions.length > 0 && (
          <span className="promote">
            <select
              aria-label={t('strategy.promoteLabel')}
              value={promoteId}
              onChange={(e) => setPromoteId(e.target.value)}
            >
              <option value="">{t('strategy.promoteNone')}</option>
              {towsOptions.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}: {o.text}
                </option>
              ))}
            </select>
            <button
              type="button"
              disabled={!promoted || Boolean(full)}
              aria-describedby={full ? 'alternatives-full' : undefined}
              onClick={() => {
                if (!promoted) return;
                edit.act((p) =>
                  addAlternative(p, 'custom', promoted.text.slice(0, 200), undefined, promoted.id),
                );
                setPromoteId('');
              }}
            >
              {t('strategy.promoteButton')}
            </button>
          </span>
        )}
        <FullReason id="alternatives-full" reason={full} />
      </div>
    </section>
  );
}
