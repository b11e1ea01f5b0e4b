import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { menuDetailsProps } from '../../ui/menuDetails';
import { RemoveButton } from '../../ui/RemoveButton';
import { createId } from '../../domain/project/ids';
import { TOWS_SOURCES } from '../../domain/project/schema';
import type { Project, TowsCell, TowsStrategy } from '../../domain/project/types';
import { linkLabels } from '../../domain/swot/labels';
import { towsActions } from '../../state/swotActions';
import { editThenFocus, towsTextId } from './focus';

interface Props {
  cell: TowsCell;
  strategy: TowsStrategy;
  index: number;
  swot: Project['swot'];
  labels: ReadonlyMap<string, string>;
}

/** Up to this many candidate items are shown as chips under each strategy; more wait behind a disclosure. */
const INLINE_CHIPS = 30;

/** One TOWS strategy: its text and the SWOT items it comes from, shown and toggled as S1, O3 … */
export const TowsStrategyRow = memo(function TowsStrategyRow({ cell, strategy, index, swot, labels }: Props) {
  const { t } = useTranslation();
  // At 200 items a quadrant, 400 chips under each of 400 strategies would be 160,000 buttons on the page.
  const [picking, setPicking] = useState(false);
  const n = index + 1;
  const linked = linkLabels(strategy.links, labels);
  const candidates = TOWS_SOURCES[cell].flatMap((q) => swot[q]);
  const chips = () =>
    candidates.map((item) => {
      const label = labels.get(item.id) ?? '';
      const on = strategy.links.includes(item.id);
      return (
        <button
          key={item.id}
          type="button"
          className={`chip${on ? ' on' : ''}`}
          aria-pressed={on}
          aria-label={t('tows.linkItem', { label, text: item.text })}
          title={item.text}
          onClick={() => towsActions.toggleLink(cell, strategy.id, item.id)}
        >
          {label}
        </button>
      );
    });
  return (
    <li className="tows-strategy" data-testid="tows-strategy">
      <div className="tows-strategy-main">
        <span className="item-label" aria-hidden="true">
          {cell}
          {n}
        </span>
        <textarea
          id={towsTextId(strategy.id)}
          rows={1}
          className="item-text"
          aria-label={t('tows.strategyText', { cell, n })}
          value={strategy.text}
          maxLength={1000}
          onChange={(e) => towsActions.typeStrategy(cell, strategy.id, e.target.value)}
          onBlur={towsActions.endTyping}
          onKeyDown={(e) => {
            if (e.key !== 'Enter' || e.shiftKey || e.nativeEvent.isComposing) return;
            e.preventDefault();
            const id = createId();
            editThenFocus(() => towsActions.addStrategy(cell, '', index + 1, id), towsTextId(id));
          }}
        />
        <span className="link-summary" data-testid="tows-links">
          ({linked.length > 0 ? linked.join(', ') : t('tows.noLinks')})
        </span>
        <RemoveButton
          label={t('tows.deleteStrategy', { cell, n })}
          onClick={() => towsActions.deleteStrategy(cell, strategy.id)}
        />
      </div>
      <div className="link-chips" role="group" aria-label={`${t('tows.links')} ${cell}${n}`}>
        <span className="muted small">{t('tows.links')}:</span>
        {candidates.length <= INLINE_CHIPS ? (
          chips()
        ) : (
          <details
            className="link-picker"
            onToggle={(e) => setPicking(e.currentTarget.open)}
            {...menuDetailsProps}
          >
            <summary>{t('tows.chooseLinks', { count: candidates.length })}</summary>
            {picking && chips()}
          </details>
        )}
      </div>
    </li>
  );
});
