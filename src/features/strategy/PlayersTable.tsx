import { useTranslation } from 'react-i18next';
import { RemoveButton } from '../../ui/RemoveButton';
import type { Project } from '../../domain/project/types';
import { BoundedNumberInput } from '../../ui/BoundedNumberInput';
import { alternativeName } from '../../views/names';
import { positioningActions as edit } from '../../state/positioningActions';
import { fullReason } from '../../i18n/capacity';
import { FullReason } from '../../ui/FullReason';
import { TableScroll } from '../../ui/TableScroll';
import { focusAfterRemove } from '../../ui/focusAfterRemove';

/** Price, perceived quality and share of the firm today, each alternative and each competitor. */
export function PlayersTable({ project }: { project: Project }) {
  const { t } = useTranslation();
  const { firm, competitors, alternatives } = project.strategy;
  const full = fullReason(t, 'competitors', competitors.length);
  const rating = (
    name: string,
    field: 'price' | 'quality',
    value: number | null,
    commit: (v: number | null) => void,
  ) => (
    <BoundedNumberInput
      label={t(field === 'price' ? 'positioning.priceOf' : 'positioning.qualityOf', { name })}
      value={value}
      min={0}
      max={10}
      rangeMessage={t('positioning.ratingError')}
      onCommit={commit}
    />
  );
  const share = (name: string, value: number | null, commit: (v: number | null) => void) => (
    <BoundedNumberInput
      label={t('positioning.shareOf', { name })}
      value={value}
      min={0}
      max={100}
      rangeMessage={t('positioning.shareError')}
      onCommit={commit}
    />
  );
  const firmName = t('positioning.firmToday');
  return (
    <section aria-labelledby="players-heading" className="strategy-section">
      <h2 id="players-heading">{t('positioning.players')}</h2>
      <p className="muted small">{t('positioning.playersHelp')}</p>
      <TableScroll>
        <table className="data-table" data-testid="players-table">
          <thead>
            <tr>
              <th scope="col">{t('positioning.player')}</th>
              <th scope="col">{t('positioning.price')}</th>
              <th scope="col">{t('positioning.quality')}</th>
              <th scope="col">{t('positioning.share')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.delete')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{firmName}</th>
              <td>{rating(firmName, 'price', firm.price, (price) => edit.typeFirm('price', { price }))}</td>
              <td>
                {rating(firmName, 'quality', firm.quality, (quality) =>
                  edit.typeFirm('quality', { quality }),
                )}
              </td>
              <td>{share(firmName, firm.share, (s) => edit.typeFirm('share', { share: s }))}</td>
              <td />
            </tr>
            {alternatives.map((a) => {
              const name = alternativeName(a, t);
              return (
                <tr key={a.id}>
                  <th scope="row">{name}</th>
                  <td>
                    {rating(name, 'price', a.price, (price) =>
                      edit.typeAlternative(a.id, 'price', { price }),
                    )}
                  </td>
                  <td>
                    {rating(name, 'quality', a.quality, (quality) =>
                      edit.typeAlternative(a.id, 'quality', { quality }),
                    )}
                  </td>
                  <td />
                  <td />
                </tr>
              );
            })}
            {competitors.map((c, i) => {
              const name = c.name || t('positioning.newCompetitor');
              return (
                <tr key={c.id} data-testid="competitor" data-removable>
                  <th scope="row">
                    <input
                      type="text"
                      aria-label={t('positioning.competitorName', { n: i + 1 })}
                      value={c.name}
                      maxLength={200}
                      onChange={(e) => edit.typeEntry('competitors', c.id, 'name', { name: e.target.value })}
                      onBlur={edit.endTyping}
                    />
                  </th>
                  <td>
                    {rating(name, 'price', c.price, (price) =>
                      edit.typeEntry('competitors', c.id, 'price', { price }),
                    )}
                  </td>
                  <td>
                    {rating(name, 'quality', c.quality, (quality) =>
                      edit.typeEntry('competitors', c.id, 'quality', { quality }),
                    )}
                  </td>
                  <td>
                    {share(name, c.share, (s) => edit.typeEntry('competitors', c.id, 'share', { share: s }))}
                  </td>
                  <td>
                    <RemoveButton
                      label={t('positioning.removeCompetitor', { name })}
                      onClick={(e) => {
                        focusAfterRemove(e.currentTarget);
                        edit.removeEntry('competitors', c.id);
                      }}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <button
        type="button"
        disabled={Boolean(full)}
        aria-describedby={full ? 'competitors-full' : undefined}
        onClick={() => edit.addCompetitor(`${t('positioning.newCompetitor')} ${competitors.length + 1}`)}
      >
        {t('positioning.addCompetitor')}
      </button>
      <FullReason id="competitors-full" reason={full} />
    </section>
  );
}
