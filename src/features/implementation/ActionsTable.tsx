import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CAPACITY, hasRoom } from '../../domain/project/capacity';
import { ACTION_STATUSES } from '../../domain/project/implementationSchema';
import { LIMITS } from '../../domain/project/limits';
import { LEVERS } from '../../domain/project/strategySchema';
import type { Project } from '../../domain/project/types';
import { implementationActions as act } from '../../state/implementationActions';
import { AddField } from '../../ui/AddField';
import { focusAfterRemove } from '../../ui/focusAfterRemove';
import { RemoveButton } from '../../ui/RemoveButton';
import { TableScroll } from '../../ui/TableScroll';
import { alternativeName } from '../../views/names';

type Action = Project['implementation']['actions'][number];
type Status = (typeof ACTION_STATUSES)[number];
type Lever = (typeof LEVERS)[number];

/** The plan's actions: what, owner, dates, KPI, status, the objective served and the lever pulled. */
export function ActionsTable({ project }: { project: Project }) {
  const { t } = useTranslation();
  const section = useRef<HTMLElement>(null);
  const { actions } = project.implementation;
  const { objectives } = project.objectives;
  const chosen = project.strategy.alternatives.find((a) => a.id === project.strategy.chosenId);
  const chosenLevers = new Set<Lever>(chosen?.levers.map((l) => l.key) ?? []);
  const otherLevers = LEVERS.filter((l) => !chosenLevers.has(l));
  const full = hasRoom('actions', actions.length)
    ? undefined
    : t('safety.full.actions', { max: CAPACITY.actions });
  const text = (a: Action, n: number, key: 'text' | 'owner' | 'kpi', label: string) => (
    <input
      type="text"
      aria-label={t(label, { n })}
      value={a[key]}
      maxLength={key === 'owner' ? LIMITS.nameChars : LIMITS.textChars}
      onChange={(e) => act.typeAction(a.id, key, e.target.value)}
      onBlur={act.endTyping}
    />
  );
  const date = (a: Action, n: number, key: 'start' | 'due', label: string) => (
    <input
      type="date"
      // A year of five or six digits (Chromium takes them) is not a day the project can store.
      min="1900-01-01"
      max="9999-12-31"
      aria-label={t(label, { n })}
      value={a[key]}
      onChange={(e) => act.typeAction(a.id, key, e.target.value)}
      onBlur={act.endTyping}
    />
  );
  const leverOption = (l: Lever) => (
    <option key={l} value={l}>
      {t(`strategy.lever.${l}`)}
    </option>
  );
  const remove = (a: Action, index: number) => {
    act.removeAction(a.id);
    focusAfterRemove(section.current, index);
  };
  return (
    <section ref={section} className="plan-section" aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t('plan.actions.heading')}</h2>
      <p className="customer-rule">{t('plan.actions.rule')}</p>
      {actions.length === 0 ? (
        <p className="muted">{t('plan.actions.none')}</p>
      ) : (
        <TableScroll>
          <table className="plan-table" data-testid="actions-table">
            <thead>
              <tr>
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
            <tbody>
              {actions.map((a, i) => {
                const n = i + 1;
                const reversed = a.start !== '' && a.due !== '' && a.due < a.start;
                return (
                  <tr key={a.id} data-testid="action-row" data-removable>
                    <th scope="row">{text(a, n, 'text', 'plan.actions.whatOf')}</th>
                    <td className="plan-owner">{text(a, n, 'owner', 'plan.actions.ownerOf')}</td>
                    <td>{date(a, n, 'start', 'plan.actions.startOf')}</td>
                    <td>
                      {date(a, n, 'due', 'plan.actions.dueOf')}
                      {reversed && <span className="gap-note">{t('plan.actions.dateOrder')}</span>}
                    </td>
                    <td>{text(a, n, 'kpi', 'plan.actions.kpiOf')}</td>
                    <td>
                      <select
                        aria-label={t('plan.actions.statusOf', { n })}
                        value={a.status}
                        onChange={(e) => act.setAction(a.id, { status: e.target.value as Status })}
                      >
                        {ACTION_STATUSES.map((s) => (
                          <option key={s} value={s}>
                            {t(`plan.actions.statuses.${s}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <select
                        aria-label={t('plan.actions.objectiveOf', { n })}
                        value={a.objectiveId ?? ''}
                        onChange={(e) => act.setAction(a.id, { objectiveId: e.target.value || null })}
                      >
                        <option value="">{t('plan.actions.noObjective')}</option>
                        {objectives.map((o, j) => (
                          <option key={o.id} value={o.id}>
                            {o.text.trim() || t('objectives.objectives.whatOf', { n: j + 1 })}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <select
                        aria-label={t('plan.actions.leverOf', { n })}
                        value={a.lever ?? ''}
                        onChange={(e) =>
                          act.setAction(a.id, { lever: (e.target.value || null) as Lever | null })
                        }
                      >
                        <option value="">{t('plan.actions.noLever')}</option>
                        {chosen && chosenLevers.size > 0 ? (
                          <>
                            <optgroup
                              label={t('plan.actions.chosenLevers', { name: alternativeName(chosen, t) })}
                            >
                              {[...chosenLevers].map(leverOption)}
                            </optgroup>
                            <optgroup label={t('plan.actions.otherLevers')}>
                              {otherLevers.map(leverOption)}
                            </optgroup>
                          </>
                        ) : (
                          LEVERS.map(leverOption)
                        )}
                      </select>
                    </td>
                    <td>
                      <RemoveButton label={t('plan.actions.remove', { n })} onClick={() => remove(a, i)} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
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
