import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { focusAfterRemove } from '../../ui/focusAfterRemove';
import { RemoveButton } from '../../ui/RemoveButton';
import type { Alternative, ServiceModel } from '../../domain/project/types';
import { evaluateModel } from '../../domain/service-cost/models';
import { formatNumber, formatSharePercent } from '../../i18n/format';
import { alternativeName } from '../../views/names';
import { strategyActions } from '../../state/strategyActions';

interface Props {
  alternative: Alternative;
  index: number;
  models: readonly ServiceModel[];
  towsLabel: string | null;
}

/** One alternative: its name, the levers of its generic strategy, the focus segment and a service-level model. */
export const AlternativeCard = memo(function AlternativeCard({
  alternative: a,
  index,
  models,
  towsLabel,
}: Props) {
  const { t, i18n } = useTranslation();
  const name = alternativeName(a, t);
  const focus = a.kind === 'costFocus' || a.kind === 'differentiationFocus';
  const model = models.find((m) => m.id === a.modelId) ?? null;
  const implied = model ? evaluateModel(model) : null;
  const set = (field: keyof Alternative, patch: Partial<Alternative>) =>
    strategyActions.typeAlternative(a.id, field, patch);
  return (
    <li className="alternative-card" data-testid="alternative" data-removable>
      <div className="alternative-head">
        <input
          type="text"
          className="alternative-name"
          aria-label={t('strategy.alternativeName', { n: index + 1 })}
          placeholder={t(`strategy.kind.${a.kind}`)}
          value={a.name}
          maxLength={200}
          onChange={(e) => set('name', { name: e.target.value })}
          onBlur={strategyActions.endTyping}
        />
        {a.kind !== 'custom' && <span className="tag">{t(`strategy.kind.${a.kind}`)}</span>}
        <RemoveButton
          label={t('strategy.remove', { name })}
          onClick={(e) => {
            focusAfterRemove(e.currentTarget);
            strategyActions.removeAlternative(a.id);
          }}
        />
      </div>
      {towsLabel && <p className="muted small">{t('strategy.fromTows', { label: towsLabel })}</p>}
      {a.levers.length > 0 && (
        <fieldset className="levers">
          <legend>{t('strategy.levers')}</legend>
          <ul>
            {a.levers.map((lever) => {
              const label = t(`strategy.lever.${lever.key}`);
              return (
                <li key={lever.key}>
                  <label>
                    <input
                      type="checkbox"
                      checked={lever.done}
                      onChange={(e) => strategyActions.tickLever(a.id, lever.key, e.target.checked)}
                    />
                    {label}
                  </label>
                  {lever.done && (
                    <input
                      type="text"
                      className="lever-note"
                      aria-label={t('strategy.leverNote', { lever: label })}
                      value={lever.note}
                      maxLength={5000}
                      onChange={(e) => strategyActions.typeLeverNote(a.id, lever.key, e.target.value)}
                      onBlur={strategyActions.endTyping}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}
      {focus && (
        <div className="focus-fields">
          <label className="stacked">
            {t('strategy.segment')}
            <input
              type="text"
              value={a.segment}
              maxLength={1000}
              onChange={(e) => set('segment', { segment: e.target.value })}
              onBlur={strategyActions.endTyping}
            />
          </label>
          <label className="stacked">
            {t('strategy.underserved')}
            <input
              type="text"
              value={a.underserved}
              maxLength={1000}
              onChange={(e) => set('underserved', { underserved: e.target.value })}
              onBlur={strategyActions.endTyping}
            />
          </label>
        </div>
      )}
      <label className="stacked">
        {t('strategy.model')}
        <select
          value={a.modelId ?? ''}
          onChange={(e) => strategyActions.updateAlternative(a.id, { modelId: e.target.value || null })}
        >
          <option value="">{t('strategy.noModel')}</option>
          {models.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
      {implied?.ok && (
        <p className="small" data-testid="model-implies">
          {t('strategy.modelImplies', {
            sl: formatSharePercent(implied.value.operating.serviceLevel, i18n.language),
            cost: formatNumber(implied.value.operating.cost, i18n.language, 0),
          })}
        </p>
      )}
      <label className="stacked">
        {t('strategy.note')}
        <textarea
          rows={2}
          value={a.note}
          maxLength={5000}
          onChange={(e) => set('note', { note: e.target.value })}
          onBlur={strategyActions.endTyping}
        />
      </label>
    </li>
  );
});
