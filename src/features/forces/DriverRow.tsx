import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { GroupSpread } from '../../ui/GroupSpread';
import { focusAfterRemove } from '../../ui/focusAfterRemove';
import { RemoveButton } from '../../ui/RemoveButton';
import type { Force, ForceDriver } from '../../domain/project/types';
import { forcesActions } from '../../state/environmentActions';
import { ScoreSelect } from '../../ui/ScoreSelect';
import { SendToSwot } from '../../ui/SendToSwot';
import { useSwotSending } from '../../state/swotSending';
import { listRowAttributes } from '../../ui/WindowList';

interface Props {
  force: Force;
  driver: ForceDriver;
  n: number;
  /** From a WindowList: measures the row. */
  rowRef?: (node: Element | null) => void;
  /** The list's length when a long list leaves rows out. */
  setSize?: number;
}

/** One driver of a force: its text, its rating now and in three years, a note, and the way into the SWOT. */
export const DriverRow = memo(function DriverRow({ force, driver, n, rowRef, setSize }: Props) {
  const { t } = useTranslation();
  const sending = useSwotSending({ kind: 'force', id: driver.id });
  const forceName = t(`forces.short.${force}`);
  const edit = (patch: Partial<ForceDriver>) => forcesActions.setDriver(force, driver.id, patch);
  return (
    <li
      className="driver"
      data-testid="force-driver"
      data-removable
      ref={rowRef}
      {...listRowAttributes(n - 1, setSize)}
    >
      <div className="driver-main">
        <textarea
          className="item-text"
          rows={1}
          aria-label={t('forces.driverText', { force: forceName, n })}
          value={driver.text}
          maxLength={1000}
          onChange={(e) => forcesActions.typeDriver(force, driver.id, 'text', e.target.value)}
          onBlur={forcesActions.endTyping}
        />
        <ScoreSelect
          label={t('forces.driverNow', { force: forceName, n })}
          value={driver.now}
          min={1}
          max={5}
          onChange={(now) => edit({ now })}
        />
        <ScoreSelect
          label={t('forces.driverFuture', { force: forceName, n })}
          value={driver.future}
          min={1}
          max={5}
          className="rating future"
          onChange={(future) => edit({ future })}
        />
        <RemoveButton
          label={t('forces.deleteDriver', { force: forceName, n })}
          onClick={(e) => {
            focusAfterRemove(e.currentTarget);
            forcesActions.deleteDriver(force, driver.id);
          }}
        />
      </div>
      {driver.group && <GroupSpread counts={driver.group} />}
      <div className="driver-extra">
        <input
          type="text"
          className="item-note"
          aria-label={t('forces.driverNote', { force: forceName, n })}
          placeholder={t('common.notePlaceholder')}
          value={driver.note}
          maxLength={5000}
          onChange={(e) => forcesActions.typeDriver(force, driver.id, 'note', e.target.value)}
          onBlur={forcesActions.endTyping}
        />
        <SendToSwot
          text={driver.text}
          uses={sending.uses}
          counts={sending.counts}
          onSend={(q) =>
            sending.send(driver.text, q, (label) => t('common.sentToSwot', { text: driver.text, label }))
          }
        />
      </div>
    </li>
  );
});
