import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { focusAfterRemove } from '../../ui/focusAfterRemove';
import { RemoveButton } from '../../ui/RemoveButton';
import { pestelScore } from '../../domain/pestel/score';
import { DIRECTIONS, HORIZONS } from '../../domain/project/schema';
import type { Direction, Horizon, PestelFactor } from '../../domain/project/types';
import { pestelActions } from '../../state/environmentActions';
import { ScoreSelect } from '../../ui/ScoreSelect';
import { SendToSwot } from '../../ui/SendToSwot';
import { useSwotSending } from '../../state/swotSending';
import { listRowAttributes } from '../../ui/WindowList';

/** One PEST(EL) factor: text, impact, likelihood, direction, horizon, note, score, and the way into the SWOT. */
interface Props {
  factor: PestelFactor;
  code: string;
  /** From a WindowList: measures the row, and its place in a long list. */
  rowRef?: (node: Element | null) => void;
  index?: number;
  setSize?: number;
}

export const FactorRow = memo(function FactorRow({ factor, code, rowRef, index = 0, setSize }: Props) {
  const { t } = useTranslation();
  const sending = useSwotSending({ kind: 'pestel', id: factor.id });
  const edit = (patch: Partial<PestelFactor>) => pestelActions.setFactor(factor.id, patch);
  const score = pestelScore(factor);
  return (
    <li
      className="factor"
      data-testid="pestel-factor"
      data-removable
      ref={rowRef}
      {...listRowAttributes(index, setSize)}
    >
      <div className="factor-main">
        <span className="item-label" aria-hidden="true">
          {code}
        </span>
        <textarea
          className="item-text"
          rows={1}
          aria-label={t('pestel.factorText', { code })}
          value={factor.text}
          maxLength={1000}
          onChange={(e) => pestelActions.typeFactor(factor.id, 'text', e.target.value)}
          onBlur={pestelActions.endTyping}
        />
        <RemoveButton
          label={t('pestel.deleteFactor', { code })}
          onClick={(e) => {
            focusAfterRemove(e.currentTarget);
            pestelActions.deleteFactor(factor.id);
          }}
        />
      </div>
      <div className="factor-ratings">
        <label>
          {t('pestel.impact')}
          <ScoreSelect
            label={t('pestel.factorImpact', { code })}
            value={factor.impact}
            min={1}
            max={5}
            onChange={(impact) => edit({ impact })}
          />
        </label>
        <label>
          {t('pestel.likelihood')}
          <ScoreSelect
            label={t('pestel.factorLikelihood', { code })}
            value={factor.likelihood}
            min={1}
            max={5}
            onChange={(likelihood) => edit({ likelihood })}
          />
        </label>
        <select
          aria-label={t('pestel.factorDirection', { code })}
          value={factor.direction}
          onChange={(e) => edit({ direction: e.target.value as Direction })}
        >
          {DIRECTIONS.map((d) => (
            <option key={d} value={d}>
              {t(`pestel.directions.${d}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('pestel.factorHorizon', { code })}
          value={factor.horizon}
          onChange={(e) => edit({ horizon: e.target.value as Horizon })}
        >
          {HORIZONS.map((h) => (
            <option key={h} value={h}>
              {t(`pestel.horizons.${h}`)}
            </option>
          ))}
        </select>
        <span className="score" data-testid="pestel-score">
          {t('pestel.score')}: {score ?? '–'}
        </span>
      </div>
      <div className="driver-extra">
        <input
          type="text"
          className="item-note"
          aria-label={t('pestel.factorNote', { code })}
          placeholder={t('common.notePlaceholder')}
          value={factor.note}
          maxLength={5000}
          onChange={(e) => pestelActions.typeFactor(factor.id, 'note', e.target.value)}
          onBlur={pestelActions.endTyping}
        />
        <SendToSwot
          text={factor.text}
          direction={factor.direction}
          uses={sending.uses}
          counts={sending.counts}
          onSend={(q) =>
            sending.send(factor.text, q, (label) => t('common.sentToSwot', { text: factor.text, label }))
          }
        />
      </div>
    </li>
  );
});
