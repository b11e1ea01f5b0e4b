import { useTranslation } from 'react-i18next';
import { SUGGESTED_DRIVERS } from '../../domain/forces/drivers';
import type { Force, ForceDriver } from '../../domain/project/types';
import { formatNumber } from '../../i18n/format';
import { forcesActions } from '../../state/environmentActions';
import { AddField } from '../../ui/AddField';
import { WindowList } from '../../ui/WindowList';
import { DriverRow } from './DriverRow';
import { fullReason } from '../../i18n/capacity';

interface Props {
  force: Force;
  drivers: readonly ForceDriver[];
  intensity: { now: number | null; future: number | null };
}

/** A driver row's usual height (text, ratings, note) before it is measured. */
const DRIVER_PX = 96;
const driverKey = (driver: ForceDriver) => driver.id;

/** One force of Porter's diagram: its intensity, its drivers, and Porter's drivers not yet added. */
export function ForceCard({ force, drivers, intensity }: Props) {
  const { t, i18n } = useTranslation();
  const name = t(`forces.force.${force}`);
  const shown = (v: number | null) => (v === null ? t('common.notRated') : formatNumber(v, i18n.language, 1));
  const present = new Set(drivers.map((d) => d.text));
  const suggestions = SUGGESTED_DRIVERS[force]
    .map((key) => t(`forces.driver.${key}`))
    .filter((text) => !present.has(text));
  const full = fullReason(t, 'forceDrivers', drivers.length);
  const add = (text: string) => forcesActions.addDriver(force, text);
  return (
    <section
      className={`force-card force-${force}`}
      aria-labelledby={`force-${force}`}
      data-testid={`force-${force}`}
    >
      <header>
        <h2 id={`force-${force}`}>{name}</h2>
        <p className="force-intensity" data-testid="force-intensity">
          {t('forces.intensity', { now: shown(intensity.now), future: shown(intensity.future) })}
        </p>
      </header>
      {drivers.length === 0 && <p className="empty-help">{t('forces.empty')}</p>}
      {drivers.length > 0 && (
        <div className="column-heads" aria-hidden="true">
          <span className="head-rating">{t('common.now')}</span>
          <span className="head-rating">{t('common.future')}</span>
        </div>
      )}
      <WindowList items={drivers} keyOf={driverKey} estimatePx={DRIVER_PX} className="driver-list">
        {(driver, row) => (
          <DriverRow
            force={force}
            driver={driver}
            n={row.index + 1}
            rowRef={row.rowRef}
            setSize={row.setSize}
          />
        )}
      </WindowList>
      <AddField
        label={t('forces.addLabel', { force: name })}
        placeholder={t('forces.addPlaceholder')}
        onAdd={add}
        full={full}
      />
      {suggestions.length > 0 && !full && (
        <div className="suggestions">
          <span className="muted small">{t('forces.suggestions')}</span>
          {suggestions.map((text) => (
            <button
              key={text}
              type="button"
              className="chip"
              aria-label={t('forces.addSuggestion', { driver: text })}
              onClick={() => add(text)}
            >
              + {text}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
