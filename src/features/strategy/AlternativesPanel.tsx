import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../domain/project/types';
import { towsOptions } from '../../domain/strategy/towsOptions';
import { strategyActions } from '../../state/strategyActions';
import { AlternativeCard } from './AlternativeCard';
import { PromoteTows } from './PromoteTows';
import { fullReason } from '../../i18n/capacity';
import { FullReason } from '../../ui/FullReason';

/** The alternatives: the four generic strategies by default, custom ones, and TOWS strategies promoted. */
export function AlternativesPanel({ project }: { project: Project }) {
  const { t } = useTranslation();
  const full = fullReason(t, 'alternatives', project.strategy.alternatives.length);
  const labels = useMemo(
    () => new Map(towsOptions(project.tows).map((o) => [o.id, o.label])),
    [project.tows],
  );
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
            towsLabel={a.towsId === null ? null : (labels.get(a.towsId) ?? null)}
          />
        ))}
      </ul>
      <div className="toolbar">
        <button
          type="button"
          disabled={Boolean(full)}
          aria-describedby={full ? 'alternatives-full' : undefined}
          onClick={() => strategyActions.addAlternative('custom', t('strategy.newAlternative'))}
        >
          {t('strategy.addAlternative')}
        </button>
        <PromoteTows tows={project.tows} full={full} />
        <FullReason id="alternatives-full" reason={full} />
      </div>
    </section>
  );
}
