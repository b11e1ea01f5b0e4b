import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useCallback, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { focusAfterRemove } from '../../ui/focusAfterRemove';
import { menuDetailsProps } from '../../ui/menuDetails';
import { RemoveButton } from '../../ui/RemoveButton';
import { QUADRANTS } from '../../domain/project/schema';
import type { Quadrant, SwotItem } from '../../domain/project/types';
import { createId } from '../../domain/project/ids';
import { swotActions } from '../../state/swotActions';
import { editThenFocus, focusSoon, swotTextId } from './focus';
import type { SwotColumns } from './useSwotColumns';
import { WeightField } from '../../ui/WeightField';
import { listRowAttributes } from '../../ui/WindowList';

interface Props {
  item: SwotItem;
  quadrant: Quadrant;
  index: number;
  count: number;
  label: string;
  columns: SwotColumns;
  /** Where the item came from, when it was sent from the PEST(EL) or five-forces canvas. */
  source?: { text: string; href: string };
  /** From a WindowList: measures the row. */
  rowRef?: (node: Element | null) => void;
  /** The quadrant's length when a long quadrant leaves rows out. */
  setSize?: number;
}

/** One SWOT item: drag handle, label (S1 …), text edited in place, optional note, weight and rating. */
export const SwotItemRow = memo(function SwotItemRow({
  item,
  quadrant,
  index,
  count,
  label,
  columns,
  source,
  rowRef,
  setSize,
}: Props) {
  const { t } = useTranslation();
  const menuRef = useRef<HTMLDetailsElement>(null);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({
      id: item.id,
      data: { quadrant },
    });

  const move = (toQuadrant: Quadrant, toIndex: number) => {
    swotActions.moveItem(item.id, toQuadrant, toIndex);
    if (menuRef.current) menuRef.current.open = false;
    focusSoon(swotTextId(item.id));
  };

  const onTextKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      const id = createId();
      editThenFocus(() => swotActions.addItem(quadrant, '', index + 1, id), swotTextId(id));
    } else if (event.altKey && event.key === 'ArrowUp' && index > 0) {
      event.preventDefault();
      move(quadrant, index - 1);
    } else if (event.altKey && event.key === 'ArrowDown' && index < count - 1) {
      event.preventDefault();
      move(quadrant, index + 1);
    }
  };

  const style = { transform: CSS.Transform.toString(transform), transition };
  // dnd-kit's ref and the list's measuring ref on one element; both callbacks are stable.
  const ref = useCallback(
    (node: HTMLLIElement | null) => {
      setNodeRef(node);
      rowRef?.(node);
    },
    [setNodeRef, rowRef],
  );
  return (
    <li
      ref={ref}
      {...listRowAttributes(index, setSize)}
      style={style}
      className={`swot-item${isDragging ? ' dragging' : ''}`}
      data-testid="swot-item"
      data-removable
    >
      <div className="swot-item-main">
        <button
          type="button"
          className="drag-handle"
          ref={setActivatorNodeRef}
          {...attributes}
          {...listeners}
          aria-label={t('swot.dragHandle', { label })}
          title={t('swot.dragHandle', { label })}
        >
          ⠿
        </button>
        <span className="item-label" aria-hidden="true">
          {label}
        </span>
        <textarea
          id={swotTextId(item.id)}
          className="item-text"
          rows={1}
          aria-label={t('swot.itemText', { label })}
          value={item.text}
          maxLength={1000}
          onChange={(e) => swotActions.typeItem(item.id, 'text', e.target.value)}
          onBlur={swotActions.endTyping}
          onKeyDown={onTextKeyDown}
        />
        {columns.weight && (
          <WeightField
            label={t('swot.itemWeight', { label })}
            value={item.weight}
            onCommit={(weight) => swotActions.typeWeight(item.id, weight)}
          />
        )}
        {columns.rating && (
          <select
            className="rating"
            aria-label={t('swot.itemRating', { label })}
            value={item.rating ?? ''}
            onChange={(e) =>
              swotActions.setRating(item.id, e.target.value === '' ? null : Number(e.target.value))
            }
          >
            <option value="">{t('swot.noRating')}</option>
            {[1, 2, 3, 4].map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        )}
        <details className="menu" ref={menuRef} {...menuDetailsProps}>
          <summary aria-label={t('swot.moveMenu', { label })} title={t('swot.moveMenu', { label })}>
            ⇄
          </summary>
          <div className="menu-items">
            <button type="button" disabled={index === 0} onClick={() => move(quadrant, index - 1)}>
              {t('swot.moveUp')}
            </button>
            <button type="button" disabled={index === count - 1} onClick={() => move(quadrant, index + 1)}>
              {t('swot.moveDown')}
            </button>
            {QUADRANTS.filter((q) => q !== quadrant).map((q) => (
              <button key={q} type="button" onClick={() => move(q, Number.MAX_SAFE_INTEGER)}>
                {t('swot.moveTo', { quadrant: t(`swot.quadrant.${q}`) })}
              </button>
            ))}
          </div>
        </details>
        <RemoveButton
          label={t('swot.deleteItem', { label })}
          onClick={(e) => {
            // The list keeps focus: on the next item's delete button, else the previous, else the add field.
            focusAfterRemove(e.currentTarget);
            swotActions.deleteItem(item.id);
          }}
        />
      </div>
      {source && (
        <a className="source-link" href={source.href} data-testid="swot-source">
          ↖ {source.text}
        </a>
      )}
      {columns.note && (
        <textarea
          className="item-note"
          aria-label={t('swot.itemNote', { label })}
          placeholder={t('swot.notePlaceholder')}
          value={item.note}
          maxLength={5000}
          rows={1}
          onChange={(e) => swotActions.typeItem(item.id, 'note', e.target.value)}
          onBlur={swotActions.endTyping}
        />
      )}
    </li>
  );
});
