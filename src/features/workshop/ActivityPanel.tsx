import { useId, useState } from 'react';
import { CANVASES, type Canvas } from '../../domain/workshop/canvasSlots';
import { useTranslation } from 'react-i18next';
import {
  AHP_MAX_CRITERIA,
  ahpActivity,
  brainstormActivity,
  rateActivity,
  scoreActivity,
  ROOM_LIMITS,
  voteActivity,
  type Activity,
  type ActivityKind,
  type VoteOption,
} from '../../domain/workshop/activity';

interface Props {
  current: Activity | null;
  /** What a vote can be on: the project's SWOT items. */
  options: VoteOption[];
  /** What can be rated: the five-forces drivers. */
  drivers: VoteOption[];
  /** What can be compared in pairs (AHP): the strategy's criteria. */
  criteria: VoteOption[];
  /** QSPM cells (alternative × key factor) and the scale they are scored on. */
  cells: VoteOption[];
  cellScale: { min: number; max: number };
  onStart: (activity: Activity) => void;
}

const newId = () => `a${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Sets up the next activity: a brainstorm into the SWOT or a dot vote on its items. */
export function ActivityPanel({ current, options, drivers, criteria, cells, cellScale, onStart }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [kind, setKind] = useState<ActivityKind>(current?.kind ?? 'brainstorm');
  // Empty: each kind's own question shows until one is typed (the last activity's question is not carried
  // into the next, e.g. a vote asked "What are our strengths…?").
  const [prompt, setPrompt] = useState('');
  const [canvas, setCanvas] = useState<Canvas>(
    current?.kind === 'brainstorm' ? (current.canvas ?? 'swot') : 'swot',
  );
  const [namesAllowed, setNamesAllowed] = useState(current?.namesAllowed ?? false);
  const [budget, setBudget] = useState(String(current?.kind === 'vote' ? current.budget : 5));
  const [maxPer, setMaxPer] = useState(String(current?.kind === 'vote' ? current.maxPerOption : 2));
  const shownPrompt =
    prompt.trim() ||
    t(
      kind === 'brainstorm'
        ? canvas === 'swot'
          ? 'workshop.activity.promptBrainstorm'
          : `workshop.activity.promptCanvas.${canvas}`
        : kind === 'vote'
          ? 'workshop.activity.promptVote'
          : kind === 'rate'
            ? 'workshop.activity.promptRate'
            : kind === 'score'
              ? 'workshop.activity.promptScore'
              : 'workshop.activity.promptAhp',
    );
  const noItems =
    (kind === 'vote' && options.length === 0) ||
    (kind === 'rate' && drivers.length === 0) ||
    (kind === 'ahp' && criteria.length < 2) ||
    (kind === 'score' && cells.length === 0);
  return (
    <section className="card workshop-activity" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('workshop.activity.heading')}</h2>
      {current && (
        <p className="current-activity">{t('workshop.activity.current', { prompt: current.prompt })}</p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (noItems) return;
          onStart(
            kind === 'brainstorm'
              ? { ...brainstormActivity(newId(), shownPrompt, canvas), namesAllowed }
              : kind === 'vote'
                ? voteActivity(newId(), shownPrompt, options, Number(budget), Number(maxPer))
                : kind === 'rate'
                  ? rateActivity(newId(), shownPrompt, drivers)
                  : kind === 'score'
                    ? scoreActivity(newId(), shownPrompt, cells, cellScale)
                    : ahpActivity(newId(), shownPrompt, criteria),
          );
        }}
      >
        <fieldset>
          <legend>{t('workshop.activity.kind')}</legend>
          {(['brainstorm', 'vote', 'rate', 'score', 'ahp'] as const).map((k) => (
            <label key={k} className="radio">
              <input type="radio" name={`${id}-kind`} checked={kind === k} onChange={() => setKind(k)} />
              {t(`workshop.activity.${k}`)}
            </label>
          ))}
        </fieldset>
        <label className="field">
          {t('workshop.activity.prompt')}
          <input
            value={prompt}
            maxLength={ROOM_LIMITS.promptChars}
            placeholder={shownPrompt}
            onChange={(e) => setPrompt(e.target.value)}
          />
        </label>
        {kind === 'ahp' && criteria.length > AHP_MAX_CRITERIA && (
          <p className="hint">{t('workshop.activity.ahpFirstTen', { max: AHP_MAX_CRITERIA })}</p>
        )}
        {kind === 'score' && cells.length >= ROOM_LIMITS.optionsPerVote && (
          <p className="hint">{t('workshop.activity.scoreFirst', { max: ROOM_LIMITS.optionsPerVote })}</p>
        )}
        {kind === 'rate' || kind === 'ahp' || kind === 'score' ? null : kind === 'brainstorm' ? (
          <>
            <label className="field">
              {t('workshop.activity.canvasLabel')}
              <select value={canvas} onChange={(e) => setCanvas(e.target.value as Canvas)}>
                {CANVASES.map((c) => (
                  <option key={c} value={c}>
                    {t(`workshop.activity.canvas.${c}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={namesAllowed}
                onChange={(e) => setNamesAllowed(e.target.checked)}
              />
              {t('workshop.activity.namesAllowed')}
            </label>
            <p className="hint">
              {t('workshop.activity.limits', {
                chars: ROOM_LIMITS.ideaChars,
                ideas: ROOM_LIMITS.ideasPerParticipant,
              })}
            </p>
          </>
        ) : (
          <div className="inline-form">
            <label>
              {t('workshop.activity.budget')}
              <input
                type="number"
                min={1}
                max={ROOM_LIMITS.maxBudget}
                value={budget}
                onChange={(e) => setBudget(e.target.value)}
              />
            </label>
            <label>
              {t('workshop.activity.maxPerOption')}
              <input
                type="number"
                min={1}
                max={ROOM_LIMITS.maxBudget}
                value={maxPer}
                onChange={(e) => setMaxPer(e.target.value)}
              />
            </label>
          </div>
        )}
        {noItems && (
          <p className="field-error">
            {t(
              kind === 'rate'
                ? 'workshop.activity.noDrivers'
                : kind === 'ahp'
                  ? 'workshop.activity.noCriteria'
                  : kind === 'score'
                    ? 'workshop.activity.noCells'
                    : 'workshop.activity.noItems',
            )}
          </p>
        )}
        <button type="submit" className="primary" disabled={noItems}>
          {t('workshop.activity.start')}
        </button>
      </form>
    </section>
  );
}
