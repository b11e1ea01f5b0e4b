import { useTranslation } from 'react-i18next';
import { QUADRANTS } from '../../domain/project/schema';
import type { Project } from '../../domain/project/types';
import { itemLabels } from '../../domain/swot/labels';

/** Items shown per quadrant on a slide; the rest are counted. */
const SHOWN = 7;

/** The SWOT as its 2×2 in large type, for the projector. */
export function SwotSlide({ swot }: { swot: Project['swot'] }) {
  const { t } = useTranslation();
  const labels = itemLabels(swot);
  return (
    <div className="present-swot">
      {QUADRANTS.map((q) => {
        const items = swot[q].filter((i) => i.text.trim());
        return (
          <section key={q} className={`present-quadrant q-${q}`} aria-label={t(`swot.quadrant.${q}`)}>
            <h2>{t(`swot.quadrant.${q}`)}</h2>
            <ul>
              {items.slice(0, SHOWN).map((item) => (
                <li key={item.id}>
                  <span className="present-label">{labels.get(item.id)}</span> {item.text}
                </li>
              ))}
            </ul>
            {items.length > SHOWN && <p className="present-more">+{items.length - SHOWN}</p>}
          </section>
        );
      })}
    </div>
  );
}
