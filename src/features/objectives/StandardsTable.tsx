import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewContext } from '../../charts/useViewContext';
import type { Standard } from '../../domain/objectives/objectives';
import { CAPACITY, hasRoom } from '../../domain/project/capacity';
import { LIMITS } from '../../domain/project/limits';
import { STANDARD_KINDS } from '../../domain/project/objectivesSchema';
import type { Project } from '../../domain/project/types';
import { createModelEvaluator } from '../../domain/service-cost/models';
import { objectiveActions } from '../../state/objectiveActions';
import { focusAfterRemove } from '../../ui/focusAfterRemove';
import { RemoveButton } from '../../ui/RemoveButton';
import { TableScroll } from '../../ui/TableScroll';
import { standardTexts } from '../../views/objectiveTexts';

type Kind = (typeof STANDARD_KINDS)[number];

const sourceValue = (s: Standard) =>
  s.link === null ? '' : s.link.kind === 'satisfaction' ? 'satisfaction' : `model:${s.link.modelId}`;

const modelIdOf = (s: Standard) => (s.link?.kind === 'model' ? s.link.modelId : null);

const linkOf = (value: string): Standard['link'] =>
  value === ''
    ? null
    : value === 'satisfaction'
      ? { kind: 'satisfaction' }
      : { kind: 'model', modelId: value.slice('model:'.length) };

/**
 * Service standards: kind, metric, target and how measured; a standard read from a call-centre model shows
 * the model's answer target and today's level, one read from the survey today's CSI.
 */
export function StandardsTable({ project }: { project: Project }) {
  const { t } = useTranslation();
  const ctx = useViewContext();
  const [kind, setKind] = useState<Kind>('answerTime');
  const { standards } = project.objectives;
  const callCentres = project.serviceModels.filter((m) => m.kind === 'callCentre');
  // Typing in a standard re-renders the table; the linked models are evaluated once until they change.
  const [evaluate] = useState(createModelEvaluator);
  const full = hasRoom('standards', standards.length)
    ? undefined
    : t('safety.full.standards', { max: CAPACITY.standards });
  const text = (s: Standard, n: number, key: 'metric' | 'target' | 'measure', label: string) => (
    <input
      type="text"
      aria-label={t(label, { n })}
      value={s[key]}
      placeholder={key === 'metric' ? t(`objectives.standards.kinds.${s.kind}`) : undefined}
      maxLength={LIMITS.textChars}
      onChange={(e) => objectiveActions.typeStandard(s.id, key, e.target.value)}
      onBlur={objectiveActions.endTyping}
    />
  );
  return (
    <section className="objectives-section" aria-labelledby="standards-heading">
      <h2 id="standards-heading">{t('objectives.standards.heading')}</h2>
      <p className="customer-rule">{t('objectives.standards.rule')}</p>
      {standards.length === 0 ? (
        <p className="muted">{t('objectives.standards.none')}</p>
      ) : (
        <TableScroll>
          <table className="objectives-table" data-testid="standards-table">
            <thead>
              <tr>
                <th scope="col">{t('objectives.standards.kind')}</th>
                <th scope="col">{t('objectives.standards.metric')}</th>
                <th scope="col">{t('objectives.standards.source')}</th>
                <th scope="col">{t('objectives.standards.target')}</th>
                <th scope="col">{t('objectives.standards.today')}</th>
                <th scope="col">{t('objectives.standards.measure')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('library.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {standards.map((s, i) => {
                const n = i + 1;
                const texts = standardTexts(s, project, ctx, evaluate);
                return (
                  <tr key={s.id} data-testid="standard-row" data-removable>
                    <td>
                      <select
                        aria-label={t('objectives.standards.kindOf', { n })}
                        value={s.kind}
                        onChange={(e) => objectiveActions.setStandard(s.id, { kind: e.target.value as Kind })}
                      >
                        {STANDARD_KINDS.map((k) => (
                          <option key={k} value={k}>
                            {t(`objectives.standards.kinds.${k}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>{text(s, n, 'metric', 'objectives.standards.metricOf')}</td>
                    <td>
                      <select
                        aria-label={t('objectives.standards.sourceOf', { n })}
                        value={sourceValue(s)}
                        onChange={(e) => objectiveActions.setStandard(s.id, { link: linkOf(e.target.value) })}
                      >
                        <option value="">{t('objectives.standards.typed')}</option>
                        <option value="satisfaction">{t('objectives.standards.survey')}</option>
                        {callCentres.map((m) => (
                          <option key={m.id} value={`model:${m.id}`}>
                            {m.name}
                          </option>
                        ))}
                        {s.link?.kind === 'model' && !callCentres.some((m) => m.id === modelIdOf(s)) && (
                          <option value={sourceValue(s)}>{t('objectives.standards.modelUnknown')}</option>
                        )}
                      </select>
                    </td>
                    <td data-testid="standard-target">
                      {texts.readTarget ?? text(s, n, 'target', 'objectives.standards.targetOf')}
                    </td>
                    <td data-testid="standard-today" className={texts.short ? 'gap-note' : undefined}>
                      {texts.today}
                    </td>
                    <td>{text(s, n, 'measure', 'objectives.standards.measureOf')}</td>
                    <td>
                      <RemoveButton
                        label={t('objectives.standards.remove', { n })}
                        onClick={(e) => {
                          focusAfterRemove(e.currentTarget);
                          objectiveActions.removeStandard(s.id);
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
      <p className="page-actions">
        <label>
          <span className="visually-hidden">{t('objectives.standards.addKind')}</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            {STANDARD_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`objectives.standards.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={full !== undefined}
          title={full}
          onClick={() => objectiveActions.addStandard(kind)}
        >
          {t('objectives.standards.add')}
        </button>
      </p>
      {full && <p className="hint">{full}</p>}
    </section>
  );
}
