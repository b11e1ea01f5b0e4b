import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES } from '../../domain/project/implementationSchema';
import { LIMITS } from '../../domain/project/limits';
import type { LEVERS } from '../../domain/project/strategySchema';
import type { Project } from '../../domain/project/types';
import { implementationActions as act } from '../../state/implementationActions';
import { RemoveButton } from '../../ui/RemoveButton';

type Action = Project['implementation']['actions'][number];
type Status = (typeof ACTION_STATUSES)[number];
type Lever = (typeof LEVERS)[number];

interface Props {
  action: Action;
  index: number;
  /** From useWindowRows: measures the row; `virtual` when rows are left out (the row then says its index). */
  rowRef: (node: Element | null) => void;
  virtual: boolean;
  /** The objectives' and levers' options, built once for every row (a row re-renders only when it changes). */
  objectiveOptions: ReactNode;
  leverOptions: ReactNode;
  onRemove: (action: Action, button: HTMLElement) => void;
}

/** One action of the plan: what, owner, dates, KPI, status, the objective served and the lever pulled. */
export const ActionRow = memo(function ActionRow({
  action: a,
  index,
  rowRef,
  virtual,
  objectiveOptions,
  leverOptions,
  onRemove,
}: Props) {
  const { t } = useTranslation();
  const n = index + 1;
  const text = (key: 'text' | 'owner' | 'kpi', label: string) => (
    <input
      type="text"
      aria-label={t(label, { n })}
      value={a[key]}
      maxLength={key === 'owner' ? LIMITS.nameChars : LIMITS.textChars}
      onChange={(e) => act.typeAction(a.id, key, e.target.value)}
      onBlur={act.endTyping}
    />
  );
  const date = (key: 'start' | 'due', label: string) => (
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
  const reversed = a.start !== '' && a.due !== '' && a.due < a.start;
  return (
    <tr
      data-testid="action-row"
      data-removable
      ref={rowRef}
      data-index={index}
      aria-rowindex={virtual ? index + 2 : undefined}
    >
      <th scope="row">{text('text', 'plan.actions.whatOf')}</th>
      <td className="plan-owner">{text('owner', 'plan.actions.ownerOf')}</td>
      <td>{date('start', 'plan.actions.startOf')}</td>
      <td>
        {date('due', 'plan.actions.dueOf')}
        {reversed && <span className="gap-note">{t('plan.actions.dateOrder')}</span>}
      </td>
      <td>{text('kpi', 'plan.actions.kpiOf')}</td>
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
          {objectiveOptions}
        </select>
      </td>
      <td>
        <select
          aria-label={t('plan.actions.leverOf', { n })}
          value={a.lever ?? ''}
          onChange={(e) => act.setAction(a.id, { lever: (e.target.value || null) as Lever | null })}
        >
          <option value="">{t('plan.actions.noLever')}</option>
          {leverOptions}
        </select>
      </td>
      <td>
        <RemoveButton label={t('plan.actions.remove', { n })} onClick={(e) => onRemove(a, e.currentTarget)} />
      </td>
    </tr>
  );
});
