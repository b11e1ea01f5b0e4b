import { useTranslation } from 'react-i18next';
import { useViewContext } from '../../charts/useViewContext';
import { objectiveGaps } from '../../domain/objectives/objectiveGaps';
import { CAPACITY, hasRoom } from '../../domain/project/capacity';
import { LIMITS } from '../../domain/project/limits';
import type { Project } from '../../domain/project/types';
import { objectiveActions } from '../../state/objectiveActions';
import { AddField } from '../../ui/AddField';
import { focusAfterRemove } from '../../ui/focusAfterRemove';
import { RemoveButton } from '../../ui/RemoveButton';
import { TableScroll } from '../../ui/TableScroll';
import { objectiveGapsText } from '../../views/objectiveTexts';

type Objective = Project['objectives']['objectives'][number];

/** Strategic objectives: what, a measurable target, an owner and a date, with what each still lacks. */
export function ObjectivesTable({ objectives }: { objectives: readonly Objective[] }) {
  const { t } = useTranslation();
  const ctx = useViewContext();
  const full = hasRoom('objectives', objectives.length)
    ? undefined
    : t('safety.full.objectives', { max: CAPACITY.objectives });
  const field = (o: Objective, n: number, key: 'text' | 'target' | 'owner', label: string, hint?: string) => (
    <input
      type="text"
      aria-label={t(label, { n })}
      value={o[key]}
      placeholder={hint}
      maxLength={key === 'owner' ? LIMITS.nameChars : LIMITS.textChars}
      onChange={(e) => objectiveActions.typeObjective(o.id, key, e.target.value)}
      onBlur={objectiveActions.endTyping}
    />
  );
  return (
    <section className="objectives-section" aria-labelledby="objectives-heading">
      <h2 id="objectives-heading">{t('objectives.objectives.heading')}</h2>
      <p className="customer-rule">{t('objectives.objectives.rule')}</p>
      {objectives.length === 0 ? (
        <p className="muted">{t('objectives.objectives.none')}</p>
      ) : (
        <TableScroll>
          <table className="objectives-table" data-testid="objectives-table">
            <thead>
              <tr>
                <th scope="col">{t('objectives.objectives.what')}</th>
                <th scope="col">{t('objectives.objectives.target')}</th>
                <th scope="col">{t('objectives.objectives.owner')}</th>
                <th scope="col">{t('objectives.objectives.due')}</th>
                <th scope="col">{t('objectives.objectives.missing')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('library.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {objectives.map((o, i) => {
                const n = i + 1;
                return (
                  <tr key={o.id} data-testid="objective-row" data-removable>
                    <td>{field(o, n, 'text', 'objectives.objectives.whatOf')}</td>
                    <td>
                      {field(
                        o,
                        n,
                        'target',
                        'objectives.objectives.targetOf',
                        t('objectives.objectives.targetHint'),
                      )}
                    </td>
                    <td className="objective-owner">
                      {field(o, n, 'owner', 'objectives.objectives.ownerOf')}
                    </td>
                    <td>
                      <input
                        type="date"
                        // A year typed with five or six digits (Chromium takes them) is not a day the
                        // project can store: the bounds keep the year to four.
                        min="1900-01-01"
                        max="9999-12-31"
                        aria-label={t('objectives.objectives.dueOf', { n })}
                        value={o.due}
                        onChange={(e) => objectiveActions.typeObjective(o.id, 'due', e.target.value)}
                        onBlur={objectiveActions.endTyping}
                      />
                    </td>
                    <td
                      data-testid="objective-gaps"
                      className={objectiveGaps(o).length > 0 ? 'gap-note' : 'ok-note'}
                    >
                      {objectiveGapsText(o, ctx)}
                    </td>
                    <td>
                      <RemoveButton
                        label={t('objectives.objectives.remove', { n })}
                        onClick={(e) => {
                          focusAfterRemove(e.currentTarget);
                          objectiveActions.removeObjective(o.id);
                        }}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      <AddField
        label={t('objectives.objectives.add')}
        placeholder={t('objectives.objectives.newText')}
        onAdd={(text) => objectiveActions.addObjective(text)}
        full={full}
      />
    </section>
  );
}
