import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compileFormula } from '../../domain/formula/formula';
import type { CurveSpec, GenericModel } from '../../domain/project/types';
import { CURVE_PARAMS } from '../../domain/service-cost/models';
import { NumberField } from '../../ui/NumberField';
import { useModelEdit } from './useModelEdit';

/** Letters a formula may use as parameters ('s' is the service level; 'e' is Euler's number). */
const FREE_NAMES = 'abcdfghjkmnpqrtuvwxyz'.split('');

const COST_FAMILIES: CurveSpec['family'][] = ['hyperbolic', 'exponential', 'formula'];
const REVENUE_FAMILIES: CurveSpec['family'][] = ['modifiedExponential', 'logistic', 'adbudg', 'formula'];

function CurveEditor({
  which,
  spec,
  families,
  valueError,
  onChange,
  onEnd,
}: {
  which: 'cost' | 'revenue';
  spec: CurveSpec;
  families: CurveSpec['family'][];
  /** The formula compiles but gives a value that cannot be drawn somewhere on the range. */
  valueError: string | null;
  onChange: (spec: CurveSpec) => void;
  onEnd: () => void;
}) {
  const { t } = useTranslation();
  // A formula that does not compile stays in this draft with its message; the model keeps the last good
  // formula, so the chart keeps showing the last good curve.
  const [draft, setDraft] = useState<string | null>(null);
  const compiled = draft === null ? null : compileFormula(draft, ['s', ...Object.keys(spec.params)]);
  const error =
    compiled && !compiled.ok ? compiled.error : valueError ? { message: valueError, index: undefined } : null;
  const shownFormula = draft ?? spec.formula;
  const title = t(`serviceCost.${which}`);
  const names = spec.family === 'formula' ? Object.keys(spec.params) : CURVE_PARAMS[spec.family];
  return (
    <fieldset className="curve-editor" data-testid={`curve-${which}`}>
      <legend>{title}</legend>
      <label className="stacked">
        {t('serviceCost.family')}
        <select
          value={spec.family}
          onChange={(e) => {
            const family = e.target.value as CurveSpec['family'];
            const params = Object.fromEntries(
              (family === 'formula' ? Object.keys(spec.params) : CURVE_PARAMS[family]).map((n) => [
                n,
                spec.params[n] ?? 1,
              ]),
            );
            onEnd();
            onChange({ ...spec, family, params });
            onEnd();
          }}
        >
          {families.map((f) => (
            <option key={f} value={f}>
              {t(`serviceCost.families.${f}`)}
            </option>
          ))}
        </select>
      </label>
      {spec.family === 'formula' && (
        <label className="stacked">
          {t('serviceCost.formula')}
          <textarea
            className="formula"
            rows={2}
            spellCheck={false}
            aria-invalid={error !== null}
            value={shownFormula}
            maxLength={500}
            onChange={(e) => {
              const text = e.target.value;
              const check = compileFormula(text, ['s', ...Object.keys(spec.params)]);
              setDraft(check.ok ? null : text);
              if (check.ok) onChange({ ...spec, formula: text });
            }}
            onBlur={onEnd}
          />
          <span className="muted small">{t('serviceCost.formulaHelp')}</span>
          {error && (
            <span className="field-error" role="alert" data-testid={`formula-error-${which}`}>
              {error.index !== undefined && (
                <code>
                  {shownFormula.slice(0, error.index)}▸{shownFormula.slice(error.index)}
                </code>
              )}{' '}
              {error.message} {t('serviceCost.lastGood')}
            </span>
          )}
        </label>
      )}
      {names.map((name) => (
        <NumberField
          key={name}
          label={`${t('serviceCost.param', { name })}`}
          value={spec.params[name] ?? 0}
          onChange={(v) => onChange({ ...spec, params: { ...spec.params, [name]: v } })}
          onCommitEnd={onEnd}
        />
      ))}
      {spec.family === 'formula' && (
        <label className="stacked">
          {t('serviceCost.addParam')}
          <select
            value=""
            onChange={(e) => {
              if (!e.target.value) return;
              onEnd();
              onChange({ ...spec, params: { ...spec.params, [e.target.value]: 1 } });
              onEnd();
            }}
          >
            <option value="">–</option>
            {FREE_NAMES.filter((n) => !(n in spec.params)).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      )}
    </fieldset>
  );
}

/** Cost and revenue curves from families or typed formulas, the service-level range and today's level. */
export function GenericEditor({
  model,
  valueError,
}: {
  model: GenericModel;
  valueError: { field: string; message: string } | null;
}) {
  const { t } = useTranslation();
  const { set, end } = useModelEdit(model);
  const pct = (v: number) => Math.round(v * 1000) / 10;
  return (
    <div className="model-editor">
      <CurveEditor
        which="cost"
        spec={model.cost}
        families={COST_FAMILIES}
        valueError={valueError?.field === 'cost.formula' ? valueError.message : null}
        onChange={(cost) => set('cost', { cost })}
        onEnd={end}
      />
      <CurveEditor
        which="revenue"
        spec={model.revenue}
        families={REVENUE_FAMILIES}
        valueError={valueError?.field === 'revenue.formula' ? valueError.message : null}
        onChange={(revenue) => set('revenue', { revenue })}
        onEnd={end}
      />
      <fieldset className="curve-editor">
        <legend>{t('serviceCost.axisServiceLevel')}</legend>
        <NumberField
          label={t('serviceCost.rangeFrom')}
          value={pct(model.range.from)}
          min={0}
          max={99}
          onChange={(v) => set('range', { range: { ...model.range, from: v / 100 } })}
          validate={(v) => (v / 100 < model.range.to ? null : `< ${pct(model.range.to)}`)}
          onCommitEnd={end}
        />
        <NumberField
          label={t('serviceCost.rangeTo')}
          value={pct(model.range.to)}
          min={1}
          max={100}
          onChange={(v) => set('range', { range: { ...model.range, to: v / 100 } })}
          validate={(v) => (v / 100 > model.range.from ? null : `> ${pct(model.range.from)}`)}
          onCommitEnd={end}
        />
        <NumberField
          label={t('serviceCost.operating')}
          value={pct(model.operatingServiceLevel)}
          min={0}
          max={99.9}
          step={0.1}
          slider
          testId="operating-slider"
          onChange={(v) => set('operating', { operatingServiceLevel: v / 100 })}
          onCommitEnd={end}
        />
      </fieldset>
    </div>
  );
}
