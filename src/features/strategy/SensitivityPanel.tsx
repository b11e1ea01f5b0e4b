import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../charts/ChartFrame';
import { TornadoChart } from '../../charts/TornadoChart';
import { useViewContext } from '../../charts/useViewContext';
import { tornadoMax, tornadoView } from '../../views/tornadoView';
import type { Project } from '../../domain/project/types';
import type { ScoringView } from '../../domain/strategy/analysis';
import type { MonteCarloInput } from '../../domain/strategy/monteCarlo';
import { useMonteCarlo } from './useMonteCarlo';
import { own } from '../../domain/project/own';
import { cellKey } from '../../domain/workshop/groupScores';
import { verdict } from '../../domain/strategy/verdict';
import { formatFixed } from '../../i18n/format';
import { NumberField } from '../../ui/NumberField';
import { WeightField } from '../../ui/WeightField';
import { alternativeName } from '../../views/names';
import { strategyActions } from '../../state/strategyActions';
import { TableScroll } from '../../ui/TableScroll';
import { useWindowRows } from '../../ui/useWindowRows';
import { WindowTbody } from '../../ui/WindowTbody';

const RUNS = 2000;
const WEIGHT_SPREAD = 0.2;
const SCORE_SPREAD = 0.5;
/** A flip-table row with a one-line factor (px); real heights are measured. */
const FLIP_ROW_PX = 44;

/** How robust the leader is: the tornado of flip weights, a seeded Monte Carlo and a verdict in words. */
export function SensitivityPanel({ project, view }: { project: Project; view: ScoringView }) {
  const { t, i18n } = useTranslation();
  const ctx = useViewContext();
  const fmt = (v: number) => formatFixed(v, i18n.language, 2);
  const alternatives = project.strategy.alternatives;
  const seed = project.strategy.seed;
  const scale = project.strategy.mode === 'criteria' ? { min: 1, max: 5 } : { min: 1, max: 4 };
  const { weights, scores } = view.counted;
  // A workshop's scores, where participants gave them: each run draws from these instead of a fixed ±.
  const draws = alternatives.map((a) =>
    view.counted.factors.map((f) => own(project.strategy.groupScores, cellKey(a.id, f.id)) ?? null),
  );
  const drawn = draws.flat().filter((d) => d !== null).length;
  // Keyed by the numbers themselves: the view is rebuilt on every edit (a typed justification too), but the
  // 2,000 runs are redone only when a weight, a score, the seed, the scale or a workshop's scores change.
  const inputs = JSON.stringify({ weights, scores, seed, scale, ...(drawn > 0 && { draws }) });
  const input = useMemo(() => {
    const parsed = JSON.parse(inputs) as Pick<
      MonteCarloInput,
      'weights' | 'scores' | 'seed' | 'scale' | 'draws'
    >;
    return parsed.weights.length >= 2 && parsed.scores.length >= 2
      ? { ...parsed, runs: RUNS, weightSpread: WEIGHT_SPREAD, scoreSpread: SCORE_SPREAD }
      : null;
  }, [inputs]);
  const { result: monteCarlo, calculating } = useMonteCarlo(input, inputs);
  // One row per counted key factor: 800 at the limits, so only the rows near the screen are rendered.
  const rows = useWindowRows<HTMLTableSectionElement>(view.ranges.length, FLIP_ROW_PX);
  const leaderId = view.ranking[0];
  const leaderIndex = alternatives.findIndex((a) => a.id === leaderId);
  if (view.ranges.length === 0 || !input || leaderIndex < 0)
    return (
      <section aria-labelledby="sensitivity-heading" className="strategy-section">
        <h2 id="sensitivity-heading">{t('strategy.sensitivity')}</h2>
        <p className="muted">{t('strategy.needTwo')}</p>
      </section>
    );
  const leaderName = alternativeName(alternatives[leaderIndex]!, t);
  const factorById = new Map(view.factors.map((f) => [f.id, f]));
  const factorOf = (id: string) => factorById.get(id)!;
  const sorted = [...view.ranges].sort((a, b) => (a.shift ?? Infinity) - (b.shift ?? Infinity));
  // A result for other inputs may be for another set of alternatives: shown only while it still fits.
  const shares =
    monteCarlo && monteCarlo.firstShare.length === alternatives.length ? monteCarlo.firstShare : null;
  const share = shares?.[leaderIndex] ?? null;
  const v = share === null ? null : verdict(view.ranges, share);
  const criticalFactor =
    v && v.kind !== 'robust' && v.criterion !== null ? view.counted.factors[v.criterion]! : null;
  const pct = (x: number) => formatFixed(x * 100, i18n.language, 0);
  const verdictText =
    !v || share === null
      ? t('strategy.calculating')
      : v.kind === 'robust'
        ? t('strategy.verdict.robust', { name: leaderName, share: pct(share) })
        : criticalFactor && v.shift !== null
          ? t(`strategy.verdict.${v.kind}`, {
              name: leaderName,
              share: pct(share),
              shift: fmt(v.shift),
              factor: `${criticalFactor.label} ${criticalFactor.text}`,
            })
          : t(`strategy.verdict.${v.kind}Share`, { name: leaderName, share: pct(share) });
  const total = view.counted.weights.reduce((a, b) => a + b, 0);
  const max = tornadoMax(view.counted.weights);
  const tornado = tornadoView(project, view, ctx)!;
  return (
    <section aria-labelledby="sensitivity-heading" className="strategy-section">
      <h2 id="sensitivity-heading">{t('strategy.sensitivity')}</h2>
      <p
        className={`verdict verdict-${v?.kind ?? 'pending'}`}
        data-testid="verdict"
        role="status"
        aria-busy={calculating}
      >
        {verdictText}
      </p>
      <p className="muted small">{t('strategy.sensitivityHelp')}</p>
      <ChartFrame view={tornado}>
        <TornadoChart view={tornado} />
      </ChartFrame>
      <TableScroll>
        <table
          className="data-table"
          data-testid="flip-table"
          aria-rowcount={rows.virtual ? sorted.length + 1 : undefined}
        >
          <thead>
            <tr aria-rowindex={rows.virtual ? 1 : undefined}>
              <th scope="col">{t('strategy.factor')}</th>
              <th scope="col" className="num">
                {t('strategy.weight')}
              </th>
              <th scope="col">{t('strategy.colRange')}</th>
              <th scope="col">{t('strategy.colChallenger')}</th>
              <th scope="col" className="num">
                {t('strategy.colShift')}
              </th>
              <th scope="col" className="num">
                {t('strategy.colWhatIf')}
              </th>
            </tr>
          </thead>
          <WindowTbody rows={rows} columns={6} keyAt={(index) => sorted[index]!.factorId}>
            {(index) => {
              const r = sorted[index]!;
              const f = factorOf(r.factorId);
              const challengers = [r.lowerChallenger, r.upperChallenger]
                .filter((c): c is number => c !== null)
                .map((c) => alternativeName(alternatives[c]!, t));
              return (
                <tr
                  data-testid="flip-row"
                  ref={rows.rowRef}
                  data-index={index}
                  aria-rowindex={rows.virtual ? index + 2 : undefined}
                >
                  <th scope="row">
                    <strong>{f.label}</strong> {f.text}
                  </th>
                  <td className="num">{fmt(r.weight)}</td>
                  <td>
                    {r.lower === null ? fmt(0) : fmt(r.lower)} – {r.upper === null ? fmt(max) : fmt(r.upper)}
                  </td>
                  <td>
                    {challengers.length ? [...new Set(challengers)].join(', ') : t('strategy.noChallenger')}
                  </td>
                  <td className="num">{r.shift === null ? t('strategy.noFlip') : fmt(r.shift)}</td>
                  <td className="num">
                    <WeightField
                      label={t('strategy.whatIfLabel', { label: f.label })}
                      value={r.weight}
                      onCommit={(weight) =>
                        weight !== null && weight <= total && strategyActions.typeWhatIfWeight(f.id, weight)
                      }
                    />
                  </td>
                </tr>
              );
            }}
          </WindowTbody>
        </table>
      </TableScroll>
      <h3>{t('strategy.monteCarlo')}</h3>
      <p className="muted small">
        {t('strategy.monteCarloHelp', {
          runs: RUNS,
          weightSpread: WEIGHT_SPREAD * 100,
          scoreSpread: formatFixed(SCORE_SPREAD, i18n.language, 1),
        })}
        {drawn > 0 && ` ${t('strategy.monteCarloDraws', { count: drawn })}`}
      </p>
      <NumberField
        label={t('strategy.seed')}
        value={seed}
        min={0}
        max={2 ** 31 - 1}
        validate={(x) => (Number.isInteger(x) ? null : t('serviceCost.invalidNumber'))}
        onChange={(x) => strategyActions.typeStrategy('seed', { seed: x })}
        onCommitEnd={strategyActions.endTyping}
        testId="seed"
      />
      <TableScroll>
        <table className="data-table" data-testid="monte-carlo" aria-busy={calculating}>
          <thead>
            <tr>
              <th scope="col">{t('strategy.alternatives')}</th>
              <th scope="col" className="num">
                {t('strategy.firstShare')}
              </th>
            </tr>
          </thead>
          <tbody>
            {alternatives.map((a, i) => (
              <tr key={a.id}>
                <th scope="row">{alternativeName(a, t)}</th>
                <td className="num">
                  {shares ? (
                    <>
                      <span
                        className="share-bar"
                        style={{ width: `${shares[i]! * 100}%` }}
                        aria-hidden="true"
                      />
                      {formatFixed(shares[i]! * 100, i18n.language, 1)}%
                    </>
                  ) : (
                    t('strategy.calculating')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
