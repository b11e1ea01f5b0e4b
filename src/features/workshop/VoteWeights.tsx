import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../ui/TableScroll';
import { itemLabels } from '../../domain/swot/labels';
import { weightsFromVotes } from '../../domain/workshop/voteWeights';
import { formatFixed } from '../../i18n/format';
import { useSwot } from '../../state/selectors';
import { swotActions } from '../../state/swotActions';

/** Turns revealed dots on SWOT items into IFE/EFE weights: shown first as a table, applied as one undoable step. */
export function VoteWeights({ votes }: { votes: ReadonlyMap<string, number> }) {
  const { t, i18n } = useTranslation();
  const swot = useSwot();
  const [open, setOpen] = useState(false);
  const [applied, setApplied] = useState(false);
  if (!swot) return null;
  const { ife, efe } = weightsFromVotes(swot, votes);
  const changes = [...(ife ?? []), ...(efe ?? [])];
  const labels = itemLabels(swot);
  const text = new Map(Object.values(swot).flatMap((items) => items.map((i) => [i.id, i.text] as const)));
  const fmt = (v: number | null) => (v === null ? '–' : formatFixed(v, i18n.language, 2));
  if (!open)
    return (
      <>
        <button type="button" onClick={() => (setOpen(true), setApplied(false))}>
          {t('workshop.results.weights.open')}
        </button>
        {applied && (
          <p role="status" className="hint">
            {t('workshop.results.weights.applied')}
          </p>
        )}
      </>
    );
  return (
    <div className="vote-weights">
      <p className="hint">{t('workshop.results.weights.intro')}</p>
      {changes.length === 0 ? (
        <p>{t('workshop.results.weights.none')}</p>
      ) : (
        <TableScroll>
          <table className="data-table" data-testid="vote-weights">
            <thead>
              <tr>
                <th scope="col">{t('workshop.results.weights.item')}</th>
                <th scope="col">{t('workshop.results.weights.dots')}</th>
                <th scope="col">{t('workshop.results.weights.before')}</th>
                <th scope="col">{t('workshop.results.weights.after')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    {labels.get(c.id)} {text.get(c.id)}
                  </th>
                  <td>{c.dots}</td>
                  <td>{fmt(c.before)}</td>
                  <td>{fmt(c.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <div className="toolbar">
        <button
          type="button"
          className="primary"
          disabled={changes.length === 0}
          onClick={() => {
            swotActions.setWeights(changes.map((c) => ({ id: c.id, weight: c.after })));
            setApplied(true);
            setOpen(false);
          }}
        >
          {t('workshop.results.weights.apply')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('workshop.results.weights.cancel')}
        </button>
      </div>
    </div>
  );
}
