import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayPlan, PlannedSlot } from '../../domain/service-cost/dayPlan';
import type { DaySlot } from '../../domain/service-cost/dayPlanEdit';
import { RANGES } from '../../domain/project/ranges';
import { formatSharePercent } from '../../i18n/format';
import { CellNumber } from '../../ui/CellNumber';
import { TableScroll } from '../../ui/TableScroll';
import { clockTime } from '../../views/dayPlanViews';

interface RowProps {
  index: number;
  slot: DaySlot;
  /** What the interval needs and gets, as plain values: a row redraws only when one of them changes. */
  required: number | null;
  scheduled: number | null;
  serviceLevel: number | null;
  onPhones: number | null;
  rosterServiceLevel: number | null;
  startMinute: number;
  modelHandleTimeSec: number;
  language: string;
  onSlot: (index: number, field: string, patch: Partial<DaySlot>) => void;
  onCommitEnd: () => void;
}

/** One interval: what is typed (calls, own handle time, roster) and what it needs. Redrawn only when it changes. */
const SlotRow = memo(function SlotRow({
  index,
  slot,
  required,
  scheduled,
  serviceLevel,
  onPhones,
  rosterServiceLevel,
  startMinute,
  modelHandleTimeSec,
  language,
  onSlot,
  onCommitEnd,
}: RowProps) {
  const { t } = useTranslation();
  const time = clockTime(startMinute);
  const pct = (v: number | null) => (v === null ? '–' : `${formatSharePercent(v, language)}%`);
  return (
    <tr>
      <th scope="row">{time}</th>
      <td>
        <CellNumber
          label={t('dayPlan.callsAt', { time })}
          value={slot.calls}
          min={RANGES.callsPerInterval.min}
          max={RANGES.callsPerInterval.max}
          onChange={(v) => onSlot(index, 'calls', { calls: v ?? 0 })}
          onCommitEnd={onCommitEnd}
        />
      </td>
      <td>
        <CellNumber
          label={t('dayPlan.ahtAt', { time })}
          value={slot.handleTimeSec}
          optional
          placeholder={String(modelHandleTimeSec)}
          min={RANGES.handleTimeSec.min}
          max={RANGES.handleTimeSec.max}
          onChange={(v) => onSlot(index, 'aht', { handleTimeSec: v })}
          onCommitEnd={onCommitEnd}
        />
      </td>
      <td className="num">{required ?? '–'}</td>
      <td className="num">{scheduled ?? '–'}</td>
      <td className="num">{pct(serviceLevel)}</td>
      <td>
        <CellNumber
          label={t('dayPlan.rosterAt', { time })}
          value={slot.rostered}
          optional
          whole
          min={RANGES.agents.min}
          max={RANGES.agents.max}
          onChange={(v) => onSlot(index, 'roster', { rostered: v })}
          onCommitEnd={onCommitEnd}
        />
      </td>
      <td className="num">{onPhones ?? '–'}</td>
      <td className="num">{pct(rosterServiceLevel)}</td>
    </tr>
  );
});

/** The day's intervals, typed and planned. */
export function DaySlotsTable(props: {
  plan: DayPlan;
  planned: PlannedSlot[] | null;
  modelHandleTimeSec: number;
  onSlot: RowProps['onSlot'];
  onCommitEnd: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { plan } = props;
  return (
    <TableScroll>
      <table className="data-table day-slots" data-testid="day-slots">
        <caption>{t('dayPlan.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dayPlan.colTime')}</th>
            <th scope="col">{t('dayPlan.colCalls')}</th>
            <th scope="col">{t('dayPlan.colAht')}</th>
            <th scope="col" className="num">
              {t('dayPlan.colRequired')}
            </th>
            <th scope="col" className="num">
              {t('dayPlan.colScheduled')}
            </th>
            <th scope="col" className="num">
              {t('dayPlan.colSl')}
            </th>
            <th scope="col">{t('dayPlan.colRostered')}</th>
            <th scope="col" className="num">
              {t('dayPlan.colOnPhones')}
            </th>
            <th scope="col" className="num">
              {t('dayPlan.colRosterSl')}
            </th>
          </tr>
        </thead>
        <tbody>
          {plan.slots.map((slot, i) => {
            const planned = props.planned?.[i];
            return (
              <SlotRow
                key={i}
                index={i}
                slot={slot}
                required={planned?.required ?? null}
                scheduled={planned?.scheduled ?? null}
                serviceLevel={planned?.serviceLevel ?? null}
                onPhones={planned?.roster?.onPhones ?? null}
                rosterServiceLevel={planned?.roster?.serviceLevel ?? null}
                startMinute={plan.startMinute + i * plan.slotMinutes}
                modelHandleTimeSec={props.modelHandleTimeSec}
                language={i18n.language}
                onSlot={props.onSlot}
                onCommitEnd={props.onCommitEnd}
              />
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
