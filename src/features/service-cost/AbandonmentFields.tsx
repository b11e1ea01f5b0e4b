import { useTranslation } from 'react-i18next';
import type { CallCentreModel } from '../../domain/project/types';
import { RANGES } from '../../domain/project/ranges';
import { NumberField } from '../../ui/NumberField';
import { useModelEdit } from './useModelEdit';
import { percent } from './StaffFields';

/** A new Erlang A model's callers wait three minutes on average before they give up. */
const DEFAULT_PATIENCE_SEC = 180;

/** Whether callers hang up (Erlang A) and, if so, their patience, the hang-up limit and what each lost caller costs. */
export function AbandonmentFields({ model }: { model: CallCentreModel }) {
  const { t } = useTranslation();
  const { set, end } = useModelEdit(model);
  const on = model.patienceSec !== null;
  return (
    <fieldset className="curve-editor" data-testid="abandonment">
      <legend>{t('serviceCost.abandon.legend')}</legend>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={on}
          onChange={(e) => {
            set('abandonOn', { patienceSec: e.target.checked ? DEFAULT_PATIENCE_SEC : null });
            end();
          }}
        />
        {t('serviceCost.abandon.toggle')}
      </label>
      {on && (
        <>
          <NumberField
            label={t('serviceCost.abandon.patience')}
            value={model.patienceSec!}
            min={RANGES.patienceSec.min}
            max={RANGES.patienceSec.max}
            onChange={(v) => set('patience', { patienceSec: v })}
            onCommitEnd={end}
            hint={t('serviceCost.hints.patience')}
          />
          <NumberField
            label={t('serviceCost.abandon.maxAbandon')}
            value={percent(model.maxAbandonRate ?? 0)}
            min={0}
            max={100}
            onChange={(v) => set('maxAbandon', { maxAbandonRate: v > 0 ? v / 100 : null })}
            onCommitEnd={end}
            hint={t('serviceCost.hints.maxAbandon')}
          />
          <NumberField
            label={t('serviceCost.abandon.lostValue')}
            value={model.costPerAbandonedCall ?? 0}
            min={RANGES.money.min}
            max={RANGES.money.max}
            onChange={(v) => set('lostValue', { costPerAbandonedCall: v > 0 ? v : null })}
            onCommitEnd={end}
            hint={t('serviceCost.hints.lostValue')}
          />
        </>
      )}
    </fieldset>
  );
}
