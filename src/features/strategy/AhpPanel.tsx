import { own } from '../../domain/project/own';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../domain/project/types';
import {
  ahpWeights,
  CONSISTENCY_LIMIT,
  RANDOM_INDEX_SOURCE,
  SAATY_SCALE,
  reciprocalMatrix,
  SAATY_RANDOM_INDEX,
} from '../../domain/strategy/ahp';
import { ahpKey } from '../../domain/strategy/ahp';
import { formatFixed } from '../../i18n/format';
import { strategyActions } from '../../state/strategyActions';
import { TableScroll } from '../../ui/TableScroll';

/** Saaty's scale as one select per pair. */
const SCALE = SAATY_SCALE;
const MAX_AHP = SAATY_RANDOM_INDEX.length;

/** Weights of the criteria from pairwise comparisons (AHP), with the consistency ratio and a warning. */
export function AhpPanel({ project }: { project: Project }) {
  const { t, i18n } = useTranslation();
  const criteria = project.strategy.criteria.slice(0, MAX_AHP);
  const fmt = (v: number, d = 2) => formatFixed(v, i18n.language, d);
  if (criteria.length < 2)
    return (
      <details className="ahp">
        <summary>{t('strategy.ahp')}</summary>
        <p className="muted">{t('strategy.ahpNeedTwo')}</p>
      </details>
    );
  const judgment = (i: number, j: number) =>
    own(project.strategy.ahp, ahpKey(criteria[i]!.id, criteria[j]!.id)) ?? 1;
  const result = ahpWeights(reciprocalMatrix(criteria.length, judgment));
  const name = (i: number) => criteria[i]!.name || t('strategy.criterionName', { n: i + 1 });
  const pairs = criteria.flatMap((_, i) => criteria.slice(i + 1).map((__, k) => [i, i + 1 + k] as const));
  const ri = SAATY_RANDOM_INDEX[criteria.length - 1]!;
  return (
    <details className="ahp" open={Object.keys(project.strategy.ahp).length > 0}>
      <summary>{t('strategy.ahp')}</summary>
      <p className="muted small">{t('strategy.ahpHelp')}</p>
      {project.strategy.criteria.length > MAX_AHP && (
        <p className="alert" role="status">
          {t('strategy.ahpFirstTen')}
        </p>
      )}
      <ul className="ahp-pairs">
        {pairs.map(([i, j]) => {
          const value = judgment(i, j);
          const closest = SCALE.reduce((best, v) =>
            Math.abs(Math.log(v / value)) < Math.abs(Math.log(best / value)) ? v : best,
          );
          return (
            <li key={`${i}-${j}`}>
              <label>
                {t('strategy.ahpPair', { a: name(i), b: name(j) })}
                <select
                  value={String(SCALE.indexOf(closest))}
                  onChange={(e) =>
                    strategyActions.judge(criteria[i]!.id, criteria[j]!.id, SCALE[Number(e.target.value)]!)
                  }
                >
                  {SCALE.map((v, k) => (
                    <option key={k} value={k}>
                      {v === 1
                        ? `1 · ${t('strategy.ahpEqual')}`
                        : v > 1
                          ? `${v} · ${t('strategy.ahpMoreA', { a: name(i) })}`
                          : `${Math.round(1 / v)} · ${t('strategy.ahpMoreB', { b: name(j) })}`}
                    </option>
                  ))}
                </select>
              </label>
            </li>
          );
        })}
      </ul>
      <TableScroll>
        <table className="data-table" data-testid="ahp-weights">
          <caption>{t('strategy.ahpWeights')}</caption>
          <tbody>
            {criteria.map((c, i) => (
              <tr key={c.id}>
                <th scope="row">{name(i)}</th>
                <td className="num">{fmt(result.weights[i]! * 100, 1)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p data-testid="ahp-cr">
        {t('strategy.ahpCr', {
          cr: fmt(result.consistencyRatio, 3),
          lambda: fmt(result.lambdaMax, 3),
          ci: fmt(result.consistencyIndex, 3),
          ri: fmt(ri, 2),
          source: RANDOM_INDEX_SOURCE,
          n: criteria.length,
        })}
      </p>
      {result.consistencyRatio > CONSISTENCY_LIMIT && (
        <p className="alert error" role="alert">
          {t('strategy.ahpInconsistent')}
        </p>
      )}
      <button
        type="button"
        onClick={() =>
          strategyActions.setCriteriaWeights(new Map(criteria.map((c, i) => [c.id, result.weights[i]!])))
        }
      >
        {t('strategy.ahpApply')}
      </button>
    </details>
  );
}
