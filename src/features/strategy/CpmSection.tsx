import { useTranslation } from 'react-i18next';
import { RemoveButton } from '../../ui/RemoveButton';
import { ChartFrame } from '../../charts/ChartFrame';
import { CategoryChart } from '../../charts/CategoryChart';
import { useViewContext } from '../../charts/useViewContext';
import { cpmView } from '../../views/strategyViews';
import type { Project } from '../../domain/project/types';
import { cpmScores } from '../../views/names';
import { formatFixed } from '../../i18n/format';
import { ScoreSelect } from '../../ui/ScoreSelect';
import { WeightField } from '../../ui/WeightField';
import { positioningActions as edit } from '../../state/positioningActions';
import { fullReason } from '../../i18n/capacity';
import { FullReason } from '../../ui/FullReason';
import { own } from '../../domain/project/own';
import { TableScroll } from '../../ui/TableScroll';

/** Competitive profile matrix: critical success factors, weights, ratings 1–4 per player, totals, radar. */
export function CpmSection({ project }: { project: Project }) {
  const { t, i18n } = useTranslation();
  const ctx = useViewContext();
  const fmt = (v: number) => formatFixed(v, i18n.language, 2);
  const { cpm } = project.strategy;
  const full = fullReason(t, 'cpmFactors', cpm.length);
  const { players, totals, unrated } = cpmScores(project, t);
  const weightSum = cpm.reduce((s, f) => s + (f.weight ?? 0), 0);
  const radar = cpmView(project, ctx);
  const factorName = (name: string, i: number) => name || t('positioning.csfName', { n: i + 1 });
  return (
    <section aria-labelledby="cpm-heading" className="strategy-section">
      <h2 id="cpm-heading">{t('positioning.cpm')}</h2>
      <p className="muted small">{t('positioning.cpmHelp')}</p>
      <TableScroll>
        <table className="data-table" data-testid="cpm-table">
          <thead>
            <tr>
              <th scope="col">{t('positioning.csf')}</th>
              <th scope="col" className="num">
                {t('strategy.weight')}
              </th>
              {players.map((p) => (
                <th key={p.id} scope="col" className="num">
                  {p.name}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('common.delete')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {cpm.map((f, i) => (
              <tr key={f.id}>
                <th scope="row">
                  <input
                    type="text"
                    aria-label={t('positioning.csfName', { n: i + 1 })}
                    value={f.name}
                    maxLength={1000}
                    onChange={(e) => edit.typeEntry('cpm', f.id, 'name', { name: e.target.value })}
                    onBlur={edit.endTyping}
                  />
                </th>
                <td className="num">
                  <WeightField
                    label={t('positioning.csfWeight', { n: i + 1 })}
                    value={f.weight}
                    onCommit={(weight) => edit.typeEntry('cpm', f.id, 'weight', { weight })}
                  />
                </td>
                {players.map((player) => (
                  <td key={player.id} className="num">
                    <ScoreSelect
                      label={t('positioning.ratingOf', {
                        player: player.name,
                        factor: factorName(f.name, i),
                      })}
                      value={own(f.ratings, player.id) ?? null}
                      min={1}
                      max={4}
                      onChange={(rating) => edit.setCpmRating(f.id, player.id, rating)}
                    />
                  </td>
                ))}
                <td>
                  <RemoveButton
                    label={t('positioning.removeCsf', { n: i + 1 })}
                    onClick={() => edit.removeEntry('cpm', f.id)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('positioning.cpmTotal')}</th>
              <td className={`num ${Math.abs(weightSum - 1) < 5e-4 ? 'good' : 'bad'}`}>{fmt(weightSum)}</td>
              {players.map((p) => (
                <td key={p.id} className="num total" data-testid="cpm-total">
                  {fmt(totals[p.id] ?? 0)}
                </td>
              ))}
              <td />
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      {cpm.length > 0 && Math.abs(weightSum - 1) >= 5e-4 && (
        <p className="bad" role="status">
          {t('positioning.cpmSum', { sum: fmt(weightSum) })}
        </p>
      )}
      {unrated.length > 0 && (
        <p className="muted">{t('positioning.cpmUnrated', { count: unrated.length })}</p>
      )}
      <button
        type="button"
        disabled={Boolean(full)}
        aria-describedby={full ? 'cpm-full' : undefined}
        onClick={() => edit.addCpmFactor(t('positioning.newCsf'))}
      >
        {t('positioning.addCsf')}
      </button>
      <FullReason id="cpm-full" reason={full} />
      {radar && (
        <ChartFrame view={radar}>
          <CategoryChart view={radar} height={460} />
        </ChartFrame>
      )}
    </section>
  );
}
