import { useTranslation } from 'react-i18next';
import { RANGES } from '../../domain/project/ranges';
import { NumberField } from '../../ui/NumberField';

/** A share kept as a fraction, typed as a percentage with one decimal. */
export const percent = (fraction: number) => Math.round(fraction * 1000) / 10;

interface FieldProps {
  value: number;
  onChange: (value: number) => void;
  onCommitEnd: () => void;
}

/*
 * The fields a call centre and a channel mix share: one label, range and hint each, so that the two editors
 * cannot drift apart (the mix's cost per agent hour had lost its hint).
 */

/** The interval the model's contacts arrive in, seconds. */
export function IntervalField({ value, onChange, onCommitEnd }: FieldProps) {
  const { t } = useTranslation();
  return (
    <NumberField
      label={t('serviceCost.interval')}
      value={value}
      min={RANGES.intervalSec.min}
      max={RANGES.intervalSec.max}
      onChange={onChange}
      onCommitEnd={onCommitEnd}
      hint={t('serviceCost.hints.interval')}
    />
  );
}

/** What an hour of an agent's paid time costs. */
export function CostPerAgentHourField({ value, onChange, onCommitEnd }: FieldProps) {
  const { t } = useTranslation();
  return (
    <NumberField
      label={t('serviceCost.costPerAgentHour')}
      value={value}
      min={RANGES.costPerAgentHour.min}
      max={RANGES.costPerAgentHour.max}
      onChange={onChange}
      onCommitEnd={onCommitEnd}
      hint={t('serviceCost.hints.costPerAgentHour')}
    />
  );
}

/** Shrinkage as a fraction (typed in %, 0–90): paid time not spent on contacts. */
export function ShrinkageField({ value, onChange, onCommitEnd }: FieldProps) {
  const { t } = useTranslation();
  return (
    <NumberField
      label={t('serviceCost.shrinkage')}
      value={percent(value)}
      min={0}
      max={90}
      onChange={(v) => onChange(v / 100)}
      onCommitEnd={onCommitEnd}
      hint={t('serviceCost.hints.shrinkage')}
    />
  );
}
