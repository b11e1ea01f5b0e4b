import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Alternative } from '../../domain/project/types';
import type { KeyFactor, ScoringView } from '../../domain/strategy/analysis';
import { own } from '../../domain/project/own';
import { formatFixed } from '../../i18n/format';
import { strategyActions } from '../../state/strategyActions';
import { WeightField } from '../../ui/WeightField';
import { alternativeName } from '../../views/names';
import { AsSelect } from './AsSelect';
import { GroupSpread } from '../../ui/GroupSpread';
import { cellKey } from '../../domain/workshop/groupScores';

interface Props {
  factor: KeyFactor;
  index: number;
  /** 1-based row number in the whole table (header rows included), when rows are left out. */
  rowIndex: number | undefined;
  view: ScoringView;
  alternatives: readonly Alternative[];
  criteria: boolean;
  /** A workshop's counts of each cell's scores: a cell where the group disagrees is marked. */
  groupScores: Record<string, number[]> | null;
  rowRef: (node: Element | null) => void;
}

/** One key factor of the QSPM: its weight, and the AS and TAS of every alternative. */
export const QspmRow = memo(function QspmRow({
  factor: f,
  index,
  rowIndex,
  view,
  alternatives,
  criteria,
  groupScores,
  rowRef,
}: Props) {
  const { t, i18n } = useTranslation();
  const fmt = (v: number) => formatFixed(v, i18n.language, 2);
  const status = view.status[f.id];
  const counted = status === 'complete' || status === 'dash';
  return (
    <tr
      ref={rowRef}
      data-index={index}
      aria-rowindex={rowIndex}
      className={`status-${status}`}
      data-testid="qspm-row"
    >
      <th scope="row">
        <strong>{f.label}</strong> {f.text}
        {(status === 'mixed' || status === 'incomplete') && (
          <span className={`row-status ${status === 'mixed' ? 'bad' : 'muted'}`} role="status">
            {t(`strategy.status.${status}`)}
          </span>
        )}
      </th>
      <td className="num">
        {criteria ? (
          `${formatFixed(f.weight * 100, i18n.language, 0)}%`
        ) : (
          <WeightField
            label={t('strategy.weightOf', { label: f.label })}
            value={f.weight}
            onCommit={(weight) => strategyActions.typeWeight(f.id, weight)}
          />
        )}
      </td>
      {alternatives.map((a) => {
        const cellTas = view.tas[a.id]?.[f.id];
        const score = own(a.scores, f.id);
        return [
          <td key={`${a.id}-as`} className="num">
            <AsSelect
              label={t('strategy.scoreOf', { alternative: alternativeName(a, t), label: f.label })}
              value={score}
              max={criteria ? 5 : 4}
              onChange={(next) => strategyActions.setScore(a.id, f.id, next)}
            />
            {groupScores && <CellSpread counts={own(groupScores, cellKey(a.id, f.id))} />}
          </td>,
          <td key={`${a.id}-tas`} className="num">
            {counted && cellTas !== undefined && score !== null ? fmt(cellTas) : '–'}
          </td>,
        ];
      })}
      <td>
        <button
          type="button"
          className="small-button"
          aria-label={t('strategy.dashRowLabel', { label: f.label })}
          onClick={() => strategyActions.dashRow(f.id)}
        >
          {t('strategy.dashRow')}
        </button>
      </td>
    </tr>
  );
});

/** A cell's workshop spread, marked only where the group disagrees. */
function CellSpread({ counts }: { counts: number[] | undefined }) {
  return counts ? <GroupSpread counts={counts} compact /> : null;
}
