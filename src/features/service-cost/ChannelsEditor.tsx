import { useTranslation } from 'react-i18next';
import type { ChannelMixModel } from '../../domain/project/types';
import { RANGES } from '../../domain/project/ranges';
import { channelShares, emailTargetHours } from '../../domain/service-cost/channels';
import { formatFixed } from '../../i18n/format';
import { NumberField } from '../../ui/NumberField';
import { useModelEdit } from './useModelEdit';
import { CostPerAgentHourField, IntervalField, percent, ShrinkageField } from './StaffFields';

type Channel = ChannelMixModel['channels'][number];

/** One channel's numbers: its share, and either its agents' work and target or self-service's reach and cost. */
function ChannelFields({ model, index }: { model: ChannelMixModel; index: number }) {
  const { t } = useTranslation();
  const { set, end } = useModelEdit(model);
  const channel = model.channels[index]!;
  const name = t(`channels.kind.${channel.kind}`);
  const change = (field: string, patch: Partial<Channel>) =>
    set(`ch:${index}:${field}`, {
      channels: model.channels.map((c, i) => (i === index ? { ...c, ...patch } : c)),
    });
  const email = channel.kind === 'email';
  return (
    <fieldset className="channel-fields" data-testid={`channel-${channel.kind}`}>
      <legend>{name}</legend>
      <NumberField
        label={t('channels.share', { channel: name })}
        value={percent(channel.share)}
        min={0}
        max={100}
        onChange={(v) => change('share', { share: v / 100 })}
        onCommitEnd={end}
      />
      {channel.kind === 'self' ? (
        <>
          <NumberField
            label={t('channels.containment', { channel: name })}
            value={percent(channel.containment)}
            min={0}
            max={100}
            onChange={(v) => change('containment', { containment: v / 100 })}
            onCommitEnd={end}
          />
          <NumberField
            label={t('channels.costPerContact', { channel: name })}
            value={channel.costPerContact}
            min={RANGES.money.min}
            max={RANGES.money.max}
            onChange={(v) => change('cpc', { costPerContact: v })}
            onCommitEnd={end}
          />
        </>
      ) : (
        <>
          <NumberField
            label={t('channels.aht', { channel: name })}
            value={channel.handleTimeSec}
            min={RANGES.handleTimeSec.min}
            max={RANGES.handleTimeSec.max}
            onChange={(v) => change('aht', { handleTimeSec: v })}
            onCommitEnd={end}
          />
          <NumberField
            label={t(email ? 'channels.targetHours' : 'channels.target', { channel: name })}
            value={email ? emailTargetHours(channel.targetSec) : channel.targetSec}
            min={0}
            max={email ? RANGES.targetAnswerSec.max / 3600 : RANGES.targetAnswerSec.max}
            onChange={(v) => change('target', { targetSec: email ? Math.round(v * 3600) : v })}
            onCommitEnd={end}
          />
          <NumberField
            label={t('channels.sl', { channel: name })}
            value={percent(channel.serviceLevelTarget)}
            min={1}
            max={99.9}
            onChange={(v) => change('sl', { serviceLevelTarget: v / 100 })}
            onCommitEnd={end}
          />
          {channel.kind === 'chat' && (
            <NumberField
              label={t('channels.concurrency', { channel: name })}
              value={channel.concurrency}
              min={1}
              max={10}
              step={1}
              validate={(v) => (Number.isInteger(v) ? null : t('common.wholeNumber'))}
              onChange={(v) => change('concurrency', { concurrency: v })}
              onCommitEnd={end}
            />
          )}
        </>
      )}
    </fieldset>
  );
}

/** A channel mix: all contacts, agents' cost, and each channel's share, work and target. */
export function ChannelsEditor({ model }: { model: ChannelMixModel }) {
  const { t, i18n } = useTranslation();
  const { set, end } = useModelEdit(model);
  const { sum, whole } = channelShares(model.channels);
  const sumText = formatFixed(sum * 100, i18n.language, 1);
  const wrong = !whole;
  return (
    <div className="model-editor">
      <fieldset className="curve-editor">
        <legend>{t('channels.legend')}</legend>
        <NumberField
          label={t('channels.contacts')}
          value={model.contactsPerInterval}
          min={RANGES.callsPerInterval.min}
          max={RANGES.callsPerInterval.max}
          onChange={(v) => set('contacts', { contactsPerInterval: v })}
          onCommitEnd={end}
        />
        <IntervalField
          value={model.intervalSec}
          onChange={(v) => set('interval', { intervalSec: v })}
          onCommitEnd={end}
        />
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
          label={t('channels.valuePerContact')}
          value={model.valuePerContactInTime ?? 0}
          min={RANGES.valuePerCallInTime.min}
          max={RANGES.valuePerCallInTime.max}
          onChange={(v) => set('value', { valuePerContactInTime: v > 0 ? v : null })}
          onCommitEnd={end}
        />
      </fieldset>
      <fieldset className="curve-editor">
        <legend>{t('channels.channelsLegend')}</legend>
        <p className="field-hint">{t('channels.hint')}</p>
        {model.channels.map((_, i) => (
          <ChannelFields key={i} model={model} index={i} />
        ))}
        <p
          className={wrong ? 'field-error' : 'muted'}
          role={wrong ? 'alert' : undefined}
          data-testid="shares-sum"
        >
          {t(wrong ? 'channels.sharesWrong' : 'channels.sharesSum', { sum: sumText })}
        </p>
      </fieldset>
    </div>
  );
}
