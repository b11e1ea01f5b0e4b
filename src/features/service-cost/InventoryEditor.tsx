import { useTranslation } from 'react-i18next';
import type { InventoryModel } from '../../domain/project/types';
import { RANGES } from '../../domain/project/ranges';
import { NumberField } from '../../ui/NumberField';
import { useModelEdit } from './useModelEdit';

/** Demand, lead time, order quantity, holding cost and today's safety stock. */
export function InventoryEditor({ model }: { model: InventoryModel }) {
  const { t } = useTranslation();
  const { set, end } = useModelEdit(model);
  return (
    <div className="model-editor">
      <fieldset className="curve-editor">
        <legend>{t('serviceCost.kind.inventory')}</legend>
        <NumberField
          label={t('serviceCost.demand')}
          value={model.demandPerPeriod}
          min={RANGES.demandPerPeriod.min}
          max={RANGES.demandPerPeriod.max}
          onChange={(v) => set('demand', { demandPerPeriod: v })}
          onCommitEnd={end}
        />
        <NumberField
          label={t('serviceCost.demandSd')}
          value={model.demandStdDevPerPeriod}
          min={RANGES.demandStdDevPerPeriod.min}
          max={RANGES.demandStdDevPerPeriod.max}
          onChange={(v) => set('sd', { demandStdDevPerPeriod: v })}
          onCommitEnd={end}
        />
        <NumberField
          label={t('serviceCost.leadTime')}
          value={model.leadTimePeriods}
          min={RANGES.leadTimePeriods.min}
          max={RANGES.leadTimePeriods.max}
          onChange={(v) => set('lt', { leadTimePeriods: v })}
          onCommitEnd={end}
        />
        <NumberField
          label={t('serviceCost.leadTimeSd')}
          value={model.leadTimeStdDevPeriods}
          min={RANGES.leadTimeStdDevPeriods.min}
          max={RANGES.leadTimeStdDevPeriods.max}
          onChange={(v) => set('ltsd', { leadTimeStdDevPeriods: v })}
          onCommitEnd={end}
        />
        <NumberField
          label={t('serviceCost.orderQuantity')}
          value={model.orderQuantity}
          min={RANGES.orderQuantity.min}
          max={RANGES.orderQuantity.max}
          onChange={(v) => set('q', { orderQuantity: v })}
          onCommitEnd={end}
        />
        <NumberField
          label={t('serviceCost.holdingCost')}
          value={model.holdingCostPerUnitPerPeriod}
          min={RANGES.holdingCostPerUnitPerPeriod.min}
          max={RANGES.holdingCostPerUnitPerPeriod.max}
          onChange={(v) => set('h', { holdingCostPerUnitPerPeriod: v })}
          onCommitEnd={end}
        />
        <NumberField
          label={t('serviceCost.safetyStock')}
          value={model.safetyStock}
          min={0}
          max={Math.min(RANGES.safetyStock.max, Math.max(5000, model.safetyStock * 2))}
          step={10}
          slider
          testId="stock-slider"
          onChange={(v) => set('ss', { safetyStock: v })}
          onCommitEnd={end}
        />
      </fieldset>
    </div>
  );
}
