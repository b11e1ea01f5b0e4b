import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../charts/ChartFrame';
import { CategoryChart } from '../../charts/CategoryChart';
import { useViewContext } from '../../charts/useViewContext';
import { valueCurveView } from '../../views/strategyViews';
import type { Project } from '../../domain/project/types';
import { alternativeName, valueCanvas } from '../../views/names';
import { positioningActions as edit } from '../../state/positioningActions';
import { fullReason } from '../../i18n/capacity';
import { FullReason } from '../../ui/FullReason';
import { ValueTable } from './ValueTable';
import { own } from '../../domain/project/own';

const ACTIONS = ['eliminate', 'reduce', 'raise', 'create'] as const;

/** The strategy canvas: competing factors, each player's offering level, the curves, and the ERRC grid. */
export function ValueCurveSection({ project }: { project: Project }) {
  const { t } = useTranslation();
  const ctx = useViewContext();
  const { firm, competitors, alternatives, valueFactors } = project.strategy;
  const factorsFull = fullReason(t, 'valueFactors', valueFactors.length);
  const [errcId, setErrcId] = useState<string | null>(null);
  // Every player's column in the table; the canvas shows one alternative at a time (eight curves on one
  // canvas do not read).
  const curves = [
    { id: firm.id, name: t('positioning.firmToday'), levels: firm.valueCurve },
    ...alternatives.map((a) => ({ id: a.id, name: alternativeName(a, t), levels: a.valueCurve })),
    ...competitors.map((c) => ({
      id: c.id,
      name: c.name || t('positioning.newCompetitor'),
      levels: c.valueCurve,
    })),
  ];
  const { alternative: errcAlt, grid } = valueCanvas(project, t, errcId);
  const canvas = valueCurveView(project, ctx, errcId);
  const factorName = (id: string) => {
    const i = valueFactors.findIndex((f) => f.id === id);
    return valueFactors[i]?.name || t('positioning.valueFactorName', { n: i + 1 });
  };
  return (
    <section aria-labelledby="value-heading" className="strategy-section">
      <h2 id="value-heading">{t('positioning.valueCurves')}</h2>
      <p className="muted small">{t('positioning.valueHelp')}</p>
      <ValueTable valueFactors={valueFactors} curves={curves} />
      <button
        type="button"
        disabled={Boolean(factorsFull)}
        aria-describedby={factorsFull ? 'value-factors-full' : undefined}
        onClick={() => edit.addValueFactor(t('positioning.newValueFactor'))}
      >
        {t('positioning.addValueFactor')}
      </button>
      <FullReason id="value-factors-full" reason={factorsFull} />
      {errcAlt && valueFactors.length > 0 && (
        <label className="stacked errc-for">
          {t('positioning.errcFor')}
          <select value={errcAlt.id} onChange={(e) => setErrcId(e.target.value)}>
            {alternatives.map((a) => (
              <option key={a.id} value={a.id}>
                {alternativeName(a, t)}
              </option>
            ))}
          </select>
        </label>
      )}
      {canvas && (
        <ChartFrame view={canvas}>
          <CategoryChart view={canvas} height={440} />
        </ChartFrame>
      )}
      {errcAlt && grid && (
        <div className="errc" data-testid="errc">
          <h3>{t('positioning.errc', { name: alternativeName(errcAlt, t) })}</h3>
          <div className="errc-grid">
            {ACTIONS.map((action) => (
              <section
                key={action}
                aria-label={t(`positioning.errcAction.${action}`)}
                data-testid={`errc-${action}`}
              >
                <h4>{t(`positioning.errcAction.${action}`)}</h4>
                {grid[action].length === 0 ? (
                  <p className="muted">{t('positioning.errcEmpty')}</p>
                ) : (
                  <ul>
                    {grid[action].map((id) => (
                      <li key={id}>
                        {factorName(id)}{' '}
                        <span className="muted small">
                          {own(firm.valueCurve, id)} → {own(errcAlt.valueCurve, id)}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            ))}
          </div>
        </div>
      )}
    </section>
  );
}
