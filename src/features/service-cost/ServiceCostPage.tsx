import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createId } from '../../domain/project/ids';
import type { ServiceModel } from '../../domain/project/types';
import { createModelEvaluator, type ModelView } from '../../domain/service-cost/models';
import { serviceActions } from '../../state/serviceActions';
import { useAppStore } from '../../state/store';
import { CallCentreEditor } from './CallCentreEditor';
import { DayPlanSection } from './DayPlanSection';
import { GenericEditor } from './GenericEditor';
import { InventoryEditor } from './InventoryEditor';
import { ChannelsEditor } from './ChannelsEditor';
import { ModelResultView } from './ModelResultView';
import { ScenarioTable } from './ScenarioTable';
import { fullReason } from '../../i18n/capacity';
import { FullReason } from '../../ui/FullReason';
import { useSettledValue } from '../../ui/useSettledValue';
import { sameExcept, sameListExcept } from '../../domain/memo/sameExcept';

const TYPING_PAUSE_MS = 400;
const sameButNames = (a: ServiceModel[] | undefined, b: ServiceModel[] | undefined) =>
  a === b || (a !== undefined && b !== undefined && sameListExcept(a, b, ['name']));
const sameButName = (a: ServiceModel | null, b: ServiceModel | null) =>
  a === b || (a !== null && b !== null && a.id === b.id && sameExcept(a, b, ['name']));

/** Service level vs cost: the project's models and scenarios, each with its curves, optimum and moves. */
export function ServiceCostPage() {
  const { t } = useTranslation();
  const models = useAppStore((s) => s.project?.serviceModels);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // One evaluator per page: dragging today's point reuses the curves, so only the markers move.
  const [evaluate] = useState(createModelEvaluator);
  const [lastGood, setLastGood] = useState(new Map<string, ModelView>());
  const selected = models ? (models.find((m) => m.id === selectedId) ?? models[0] ?? null) : null;
  // What a typed value changes (curves, tables, the day's charts: at 100,000 calls a hundred milliseconds of
  // drawing) is drawn from a deferred copy, in a render React can interrupt, so a keystroke shows in the
  // field at once. Another model comes through at once: never one model's results beside another's fields.
  const deferred = useDeferredValue(selected);
  const computed = deferred && deferred.id === selected?.id ? deferred : selected;
  // The evaluator keeps a result per model object: only the model on screen is evaluated.
  const result = computed ? evaluate(computed) : null;
  // The last view that worked, per model, so that a formula giving a non-finite value leaves the last good
  // chart on screen. Updated during render (React's pattern for state derived from props).
  if (computed && result?.ok && lastGood.get(computed.id) !== result.value)
    setLastGood(new Map(lastGood).set(computed.id, result.value));
  const view = result?.ok ? result.value : computed ? (lastGood.get(computed.id) ?? null) : null;
  const formulaError = result && !result.ok && result.error.field.endsWith('.formula') ? result.error : null;
  // A renamed model's charts (titled with its name) redraw when the typing pauses, not on every key.
  const shownModel = useSettledValue(computed, sameButName, TYPING_PAUSE_MS);
  // The evaluator keeps a result per model object: the settled model's is the one drawn before.
  const shownResult = shownModel && shownModel !== computed ? evaluate(shownModel) : null;
  const shownView = shownResult?.ok ? shownResult.value : view;
  // The scenario comparison (a chart of the family's names and numbers) likewise.
  const familyModels = useSettledValue(useDeferredValue(models), sameButNames, TYPING_PAUSE_MS);
  const baselineId = selected ? (selected.baselineId ?? selected.id) : null;
  const family = useMemo(() => {
    const list = familyModels ?? [];
    const baseline = list.find((m) => m.id === baselineId);
    if (!baseline) return null;
    const members = list.filter((m) => m.id === baseline.id || m.baselineId === baseline.id);
    return {
      baseline,
      rows: members.map((m) => {
        const r = evaluate(m);
        return { model: m, view: r.ok ? r.value : null };
      }),
    };
  }, [familyModels, baselineId, evaluate]);
  if (!models) return null;

  const full = fullReason(t, 'serviceModels', models.length);
  const add = (kind: ServiceModel['kind']) => {
    const id = createId();
    const name = t(`serviceCost.new${kind[0]!.toUpperCase()}${kind.slice(1)}`);
    serviceActions.addModel(kind, name, id);
    setSelectedId(id);
  };

  return (
    <div className="page service-page">
      <h1>{t('serviceCost.heading')}</h1>
      <p className="intro">{t('serviceCost.intro')}</p>
      <div className="toolbar">
        {(['generic', 'callCentre', 'inventory', 'channels'] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            disabled={Boolean(full)}
            aria-describedby={full ? 'models-full' : undefined}
            onClick={() => add(kind)}
          >
            {t(`serviceCost.add${kind[0]!.toUpperCase()}${kind.slice(1)}`)}
          </button>
        ))}
        <FullReason id="models-full" reason={full} />
      </div>
      {models.length === 0 && <p className="empty-help">{t('serviceCost.none')}</p>}
      <div className="service-layout">
        <nav aria-label={t('serviceCost.models')} className="model-list">
          <ul>
            {models.map((m) => (
              <li key={m.id}>
                <button
                  type="button"
                  className={m.id === selected?.id ? 'current' : undefined}
                  aria-current={m.id === selected?.id ? 'true' : undefined}
                  onClick={() => setSelectedId(m.id)}
                >
                  {m.baselineId ? '↳ ' : ''}
                  {m.name}
                  <span className="muted small"> · {t(`serviceCost.kind.${m.kind}`)}</span>
                </button>
              </li>
            ))}
          </ul>
        </nav>
        {selected && (
          <section className="model-detail" aria-label={selected.name}>
            <div className="model-head">
              <label className="stacked">
                {t('serviceCost.name')}
                <input
                  type="text"
                  value={selected.name}
                  maxLength={200}
                  onChange={(e) =>
                    e.target.value.trim() &&
                    serviceActions.typeModel(selected.id, 'name', { name: e.target.value })
                  }
                  onBlur={serviceActions.endTyping}
                />
              </label>
              {selected.baselineId && (
                <span className="muted">
                  {t('serviceCost.scenarioOf', {
                    name: models.find((m) => m.id === selected.baselineId)?.name ?? '',
                  })}
                </span>
              )}
              <button
                type="button"
                disabled={Boolean(full)}
                aria-describedby={full ? 'models-full' : undefined}
                onClick={() => {
                  const id = createId();
                  serviceActions.copyAsScenario(
                    selected.id,
                    t('serviceCost.scenarioName', { name: selected.name }),
                    id,
                  );
                  setSelectedId(id);
                }}
              >
                {t('serviceCost.copyAsScenario')}
              </button>
              <button
                type="button"
                className="danger-text"
                onClick={() => {
                  serviceActions.deleteModel(selected.id);
                  setSelectedId(null);
                }}
              >
                {t('serviceCost.deleteModel')}
              </button>
            </div>
            <div className="model-body">
              {selected.kind === 'generic' && <GenericEditor model={selected} valueError={formulaError} />}
              {selected.kind === 'callCentre' && <CallCentreEditor model={selected} />}
              {selected.kind === 'inventory' && <InventoryEditor model={selected} />}
              {selected.kind === 'channels' && <ChannelsEditor model={selected} />}
              <div>
                {result && !result.ok && !formulaError && (
                  <p className="alert error" role="alert" data-testid="model-problem">
                    {t('serviceCost.modelProblem', { message: result.error.message })}
                  </p>
                )}
                {shownModel && shownView && <ModelResultView model={shownModel} view={shownView} />}
              </div>
            </div>
            {/* The settled model: a rename redraws the day's charts (titled with it) when the typing pauses. */}
            {shownModel?.kind === 'callCentre' && <DayPlanSection model={shownModel} />}
            {family && family.rows.length > 1 && (
              <ScenarioTable baseline={family.baseline} rows={family.rows} />
            )}
          </section>
        )}
      </div>
    </div>
  );
}
