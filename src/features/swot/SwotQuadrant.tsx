import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Quadrant, SwotItem } from '../../domain/project/types';
import { swotActions } from '../../state/swotActions';
import { AddField } from '../../ui/AddField';
import { WindowList } from '../../ui/WindowList';
import { SwotItemRow } from './SwotItemRow';
import type { SwotColumns } from './useSwotColumns';
import { fullReason } from '../../i18n/capacity';

interface Props {
  quadrant: Quadrant;
  items: readonly SwotItem[];
  labels: ReadonlyMap<string, string>;
  columns: SwotColumns;
  sources: ReadonlyMap<string, { text: string; href: string }>;
}

/** An item row's usual height (text, note) before it is measured. */
const ITEM_PX = 80;
const itemKey = (item: SwotItem) => item.id;

export const quadrantDropId = (quadrant: Quadrant) => `quadrant:${quadrant}`;

/** One quadrant of the SWOT canvas: a sortable list that items can be dropped into, and an add field. */
export const SwotQuadrant = memo(function SwotQuadrant({ quadrant, items, labels, columns, sources }: Props) {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: quadrantDropId(quadrant), data: { quadrant } });
  const name = t(`swot.quadrant.${quadrant}`);
  const headingId = `swot-heading-${quadrant}`;
  // A new list of ids would make every sortable row render again; it changes only with the order.
  const idsKey = items.map((i) => i.id).join(',');
  const ids = useMemo(() => (idsKey ? idsKey.split(',') : []), [idsKey]);
  return (
    <section
      className={`quadrant quadrant-${quadrant}${isOver ? ' over' : ''}`}
      aria-labelledby={headingId}
      ref={setNodeRef}
    >
      <header className="quadrant-header">
        <h2 id={headingId}>{name}</h2>
        <span className="muted">{t('swot.count', { count: items.length })}</span>
      </header>
      {items.length === 0 && <p className="empty-help">{t(`swot.emptyHelp.${quadrant}`)}</p>}
      {items.length > 0 && (columns.weight || columns.rating) && (
        <div className="column-heads" aria-hidden="true">
          {columns.weight && <span className="head-weight">{t('swot.weightHeader')}</span>}
          {columns.rating && <span className="head-rating">{t('swot.ratingHeader')}</span>}
        </div>
      )}
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <WindowList items={items} keyOf={itemKey} estimatePx={ITEM_PX} className="swot-list">
          {(item, row) => (
            <SwotItemRow
              item={item}
              quadrant={quadrant}
              index={row.index}
              count={items.length}
              label={labels.get(item.id) ?? ''}
              source={sources.get(item.id)}
              columns={columns}
              rowRef={row.rowRef}
              setSize={row.setSize}
            />
          )}
        </WindowList>
      </SortableContext>
      <AddField
        label={t('swot.addLabel', { quadrant: name })}
        placeholder={t('swot.addPlaceholder', { quadrant: name })}
        full={fullReason(t, 'swotItems', items.length)}
        onAdd={(text) => swotActions.addItem(quadrant, text)}
      />
    </section>
  );
});
