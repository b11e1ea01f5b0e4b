import { useTranslation } from 'react-i18next';
import type { CallCentreModel } from '../../domain/project/types';
import { RANGES } from '../../domain/project/ranges';
import { formatNumber } from '../../i18n/format';
import { NumberField } from '../../ui/NumberField';
import { AbandonmentFields } from './AbandonmentFields';
import { CustomerValueLink } from './CustomerValueLink';
import { useModelEdit } from './useModelEdit';
import { CostPerAgentHourField, IntervalField, percent, ShrinkageField } from './StaffFields';

/** The call centre's traffic, target, callers who hang up, costs and today's agents. */
export function CallCentreEditor({ model }: { model: CallCentreModel }) {
  const { t, i18n } = useTranslation();
  const { set, end } = useModelEdit(model);
  return (
    <div className="model-editor">
      <fieldset className="curve-editor">
        <legend>{t('serviceCost.kind.callCentre')}</legend>
        <NumberField
          label={t('serviceCost.calls')}
          value={model.callsPerInterval}
          min={RANGES.callsPerInterval.min}
          max={RANGES.callsPerInterval.max}
          onChange={(v) => set('calls', { callsPerInterval: v })}
          onCommitEnd={end}
          hint={t('serviceCost.hints.calls')}
        />
        <IntervalField
          value={model.intervalSec}
          onChange={(v) => set('interval', { intervalSec: v })}
          onCommitEnd={end}
        />
        <NumberField
          label={t('serviceCost.handleTime')}
          value={model.handleTimeSec}
          min={RANGES.handleTimeSec.min}
          max={RANGES.handleTimeSec.max}
          onChange={(v) => set('aht', { handleTimeSec: v })}
          onCommitEnd={end}
          hint={t('serviceCost.hints.handleTime')}
        />
        <NumberField
          label={t('serviceCost.target')}
          value={model.targetAnswerSec}
          min={RANGES.targetAnswerSec.min}
          max={RANGES.targetAnswerSec.max}
          onChange={(v) => set('target', { targetAnswerSec: v })}
          onCommitEnd={end}
          hint={t('serviceCost.hints.target')}
        />
        <NumberField
          label={t('serviceCost.slTarget')}
          value={percent(model.serviceLevelTarget)}
          min={1}
          max={99.9}
          onChange={(v) => set('slTarget', { serviceLevelTarget: v / 100 })}
          onCommitEnd={end}
          hint={t('serviceCost.hints.slTarget')}
        />
        <NumberField
          label={t('serviceCost.maxBlocking')}
          value={percent(model.maxBlocking ?? 0)}
          min={0}
          max={99.9}
          onChange={(v) => set('maxBlocking', { maxBlocking: v > 0 ? v / 100 : null })}
          onCommitEnd={end}
          hint={t('serviceCost.hints.maxBlocking')}
        />
      </fieldset>
      <AbandonmentFields model={model} />
      <fieldset className="curve-editor">
        <legend>{t('serviceCost.cost')}</legend>
        <CostPerAgentHourField
          value={model.costPerAgentHour}
          onChange={(v) => set('cph', { costPerAgentHour: v })}
          onCommitEnd={end}
        />
        <ShrinkageField
          value={model.shrinkage}
          onChange={(v) => set('shrinkage', { shrinkage: v })}
          onCommitEnd={end}
        />
        <NumberField
          label={t('serviceCost.maxOccupancy')}
          value={percent(model.maxOccupancy ?? 1)}
          min={1}
          max={100}
          onChange={(v) => set('occ', { maxOccupancy: v / 100 })}
          onCommitEnd={end}
          hint={t('serviceCost.hints.maxOccupancy')}
        />
        {model.valueLink ? (
          <div className="number-field">
            <span>{t('serviceCost.valuePerCall')}</span>
            <output data-testid="linked-value-per-call">
              {model.valuePerCallInTime === null
                ? '–'
                : formatNumber(model.valuePerCallInTime, i18n.language, 2)}
            </output>
          </div>
        ) : (
          <NumberField
            label={t('serviceCost.valuePerCall')}
            value={model.valuePerCallInTime ?? 0}
            min={RANGES.valuePerCallInTime.min}
            max={RANGES.valuePerCallInTime.max}
            onChange={(v) => set('value', { valuePerCallInTime: v > 0 ? v : null })}
            onCommitEnd={end}
            hint={t('serviceCost.hints.valuePerCall')}
          />
        )}
        <CustomerValueLink model={model} />
        <NumberField
          label={t('serviceCost.agents')}
          value={model.agents}
          min={0}
          max={Math.min(RANGES.agents.max, Math.max(60, model.agents * 2))}
          step={1}
          slider
          testId="agents-slider"
          validate={(v) => (Number.isInteger(v) ? null : t('serviceCost.invalidNumber'))}
          onChange={(v) => set('agents', { agents: v })}
          onCommitEnd={end}
          hint={t('serviceCost.hints.agents')}
        />
      </fieldset>
    </div>
  );
}
