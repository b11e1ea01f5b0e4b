import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CAPACITY, hasRoom } from '../../domain/project/capacity';
import { LEVERS } from '../../domain/project/strategySchema';
import type { Project } from '../../domain/project/types';
import { implementationActions as act } from '../../state/implementationActions';
import { AddField } from '../../ui/AddField';
import { focusAfterRemove } from '../../ui/focusAfterRemove';
import { TableScroll } from '../../ui/TableScroll';
import { useWindowRows } from '../../ui/useWindowRows';
import { WindowTbody } from '../../ui/WindowTbody';
import { ActionRow } from './ActionRow';
import { alternativeName } from '../../views/names';
import { objectiveName } from '../../views/objectiveTexts';
import { useViewContext } from '../../charts/useViewContext';

type Action = Project['implementation']['actions'][number];
type Lever = (typeof LEVERS)[number];

/** An action's row of inputs (px); real heights are measured. */
const ROW_PX = 46;
/** Inputs and selects per row: 100 rows of them are left out by cells (useWindowRows) but for those near the screen. */
const CELLS_PER_ROW = 9;

/** The plan's actions: what, owner, dates, KPI, status, the objective served and the lever pulled. */
export function ActionsTable({ project }: { project: Project }) {
  const { t } = useTranslation();
  const ctx = useViewContext();
  const { actions } = project.implementation;
  const { objectives } = project.objectives;
  const { alternatives, chosenId } = project.strategy;
  const chosen = alternatives.find((a) => a.id === chosenId);
  const full = hasRoom('actions', actions.length)
    ? undefined
    : t('safety.full.actions', { max: CAPACITY.actions });
  // Built once per change of the objectives or the chosen strategy, so that typing in one action redraws that
  // row only (at 100 actions and 50 objectives, every row's options were 6,000 elements a keystroke).
  const objectiveOptions = useMemo(
    () =>
      objectives.map((o, j) => (
        <option key={o.id} value={o.id}>
          {objectiveName(o, j, ctx)}
        </option>
      )),
    [objectives, ctx],
  );
  const leverOptions = useMemo(() => {
    const option = (l: Lever) => (
      <option key={l} value={l}>
        {t(`strategy.lever.${l}`)}
      </option>
    );
    const own = new Set<Lever>(chosen?.levers.map((l) => l.key) ?? []);
    if (!chosen || own.size === 0) return LEVERS.map(option);
    return (
      <>
        <optgroup label={t('plan.actions.chosenLevers', { name: alternativeName(chosen, t) })}>
          {[...own].map(option)}
        </optgroup>
        <optgroup label={t('plan.actions.otherLevers')}>
          {LEVERS.filter((l) => !own.has(l)).map(option)}
        </optgroup>
      </>
    );
  }, [chosen, t]);
  const rows = useWindowRows<HTMLTableSectionElement>(actions.length, ROW_PX, CELLS_PER_ROW);
  const remove = useCallback((a: Action, button: HTMLElement) => {
    focusAfterRemove(button);
    act.removeAction(a.id);
  }, []);
  return (
    <section className="plan-section" aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t('plan.actions.heading')}</h2>
      <p className="customer-rule">{t('plan.actions.rule')}</p>
      {actions.length === 0 ? (
        <p className="muted">{t('plan.actions.none')}</p>
      ) : (
        <TableScroll>
          <table
            className="plan-table"
            data-testid="actions-table"
            aria-rowcount={rows.virtual ? actions.length + 1 : undefined}
          >
            <thead>
              <tr aria-rowindex={rows.virtual ? 1 : undefined}>
                <th scope="col">{t('plan.actions.what')}</th>
                <th scope="col">{t('plan.actions.owner')}</th>
                <th scope="col">{t('plan.actions.start')}</th>
                <th scope="col">{t('plan.actions.due')}</th>
                <th scope="col">{t('plan.actions.kpi')}</th>
                <th scope="col">{t('plan.actions.status')}</th>
                <th scope="col">{t('plan.actions.objective')}</th>
                <th scope="col">{t('plan.actions.lever')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('library.actions')}</span>
                </th>
              </tr>
            </thead>
            <WindowTbody rows={rows} columns={CELLS_PER_ROW} keyAt={(index) => actions[index]!.id}>
              {(index) => (
                <ActionRow
                  action={actions[index]!}
                  index={index}
                  rowRef={rows.rowRef}
                  virtual={rows.virtual}
                  objectiveOptions={objectiveOptions}
                  leverOptions={leverOptions}
                  onRemove={remove}
                />
              )}
            </WindowTbody>
          </table>
        </TableScroll>
      )}
      <AddField
        label={t('plan.actions.add')}
        placeholder={t('plan.actions.newText')}
        onAdd={(value) => act.addAction(value)}
        full={full}
      />
    </section>
  );
}
