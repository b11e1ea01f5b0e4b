import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createId } from '../../domain/project/ids';
import type { Quadrant } from '../../domain/project/types';
import {
  canvasIdeasOf,
  CONTRIBUTION_FILE_BYTES,
  contributionsOf,
  parseContributionFile,
  type ContributionFile,
  type ContributionFileError,
} from '../../domain/workshop/contributionFile';
import {
  isConflict,
  mergeSummary,
  planMerge,
  type Contribution,
  type MergeChoice,
} from '../../domain/workshop/merge';
import { useSwot } from '../../state/selectors';
import { workshopActions } from '../../state/workshopActions';

type Read =
  | { name: string; file: ContributionFile }
  | { name: string; error: ContributionFileError | { code: 'unreadable' } };

/**
 * Participants' files merged into the SWOT without a network: each file is read and checked on its own (a bad
 * one is named with why, the others still merge), duplicates join one item, conflicts are shown side by side.
 */
export function MergeFiles() {
  const { t } = useTranslation();
  const swot = useSwot();
  const [read, setRead] = useState<Read[]>([]);
  const [choices, setChoices] = useState<Map<string, MergeChoice>>(new Map());
  const [done, setDone] = useState<string | null>(null);

  const files = useMemo(() => read.flatMap((r) => ('file' in r ? [r.file] : [])), [read]);
  const contributions = useMemo<Contribution[]>(() => contributionsOf(files), [files]);
  // Files from a brainstorm into PEST(EL), the forces, TOWS or the value factors: each text once, with its givers.
  const others = useMemo(() => canvasIdeasOf(files), [files]);
  const otherIdeas = others.reduce((n, o) => n + o.contributions.length, 0);
  const plan = useMemo(() => (swot ? planMerge(swot, contributions) : null), [swot, contributions]);
  const conflicts = plan?.groups.filter(isConflict) ?? [];
  const summary = plan ? mergeSummary(plan, choices) : { fresh: 0, joined: 0 };
  const who = (c: Contribution) => c.name || t('workshop.results.anonymous', { n: c.participant });
  const quadrant = (q: Quadrant) => t(`swot.quadrant.${q}`);

  const choose = async (list: FileList | null) => {
    setDone(null);
    setChoices(new Map());
    const chosen = [...(list ?? [])];
    setRead(
      await Promise.all(
        chosen.map(async (f): Promise<Read> => {
          if (f.size > CONTRIBUTION_FILE_BYTES) return { name: f.name, error: { code: 'tooLarge' } };
          try {
            const parsed = parseContributionFile(await f.text());
            return parsed.ok ? { name: f.name, file: parsed.value } : { name: f.name, error: parsed.error };
          } catch {
            return { name: f.name, error: { code: 'unreadable' } };
          }
        }),
      ),
    );
  };

  const merge = () => {
    if (!plan) return;
    const prompt = t('workshop.merge.prompt', { count: files.length });
    const taken = workshopActions.mergeFiles(
      contributions,
      choices,
      { id: createId(), at: new Date().toISOString(), prompt },
      others,
    );
    if (taken === 'refused') return;
    setDone(
      taken === 'unchanged'
        ? t('workshop.merge.nothingAnywhere')
        : [
            ...(contributions.length > 0 ? [t('workshop.merge.applied', summary)] : []),
            ...(otherIdeas > 0 ? [t('workshop.merge.appliedOther')] : []),
          ].join(' '),
    );
    setRead([]);
    setChoices(new Map());
  };

  return (
    <section className="card merge-files" aria-labelledby="merge-heading">
      <h2 id="merge-heading">{t('workshop.merge.heading')}</h2>
      <p className="hint">{t('workshop.merge.intro')}</p>
      <label className="field">
        {t('workshop.merge.choose')}
        <input
          type="file"
          multiple
          accept=".json,application/json"
          onChange={(e) => {
            void choose(e.target.files);
            e.target.value = '';
          }}
        />
      </label>
      {done && <p role="status">{done}</p>}
      {read.some((r) => 'error' in r) && (
        <div role="alert">
          <ul className="field-error" data-testid="merge-errors">
            {read.flatMap((r) =>
              'error' in r
                ? [
                    <li key={r.name}>
                      {t('workshop.merge.fileError', {
                        file: r.name,
                        reason: t(`workshop.merge.errors.${r.error.code}`, r.error),
                      })}
                    </li>,
                  ]
                : [],
            )}
          </ul>
        </div>
      )}
      {files.length > 0 && plan && (
        <>
          <p role="status" data-testid="merge-summary">
            {t('workshop.merge.read', {
              files: files.length,
              ideas: contributions.length + otherIdeas,
              participants: new Set(files.map((f) => f.participant.id)).size,
            })}{' '}
            {contributions.length > 0 &&
              (plan.groups.length === 0
                ? t('workshop.merge.nothing')
                : t('workshop.merge.summary', { ...summary, known: plan.known }))}
          </p>
          {others.length > 0 && (
            <ul data-testid="merge-other-canvases">
              {others.map(({ canvas, contributions: ideas }) => (
                <li key={canvas}>
                  {t('workshop.merge.otherCanvas', {
                    count: ideas.length,
                    canvas: t(`workshop.activity.canvasShort.${canvas}`),
                  })}
                </li>
              ))}
            </ul>
          )}
          {conflicts.length > 0 && (
            <>
              <h3>{t('workshop.merge.conflicts')}</h3>
              <p className="hint">{t('workshop.merge.conflictsIntro')}</p>
              <ul className="conflicts" data-testid="merge-conflicts">
                {conflicts.map((group) => {
                  const choice = choices.get(group.key) ?? 'all';
                  const name = `conflict-${group.key}`;
                  return (
                    <li key={group.key}>
                      <div className="conflict-sides">
                        {group.places.map((place) => (
                          <div key={place.slot} className={`conflict-side q-${place.slot}`}>
                            <strong>{quadrant(place.slot)}</strong>
                            <span>{place.text}</span>
                            <span className="hint">
                              {[
                                ...(place.existingId ? [t('workshop.merge.existing')] : []),
                                ...place.contributions.map(who),
                              ].join(', ')}
                            </span>
                          </div>
                        ))}
                      </div>
                      <fieldset className="conflict-choice">
                        <legend className="visually-hidden">{group.places[0]!.text}</legend>
                        {(['all', ...group.places.map((p) => p.slot)] as MergeChoice[]).map((option) => (
                          <label key={option}>
                            <input
                              type="radio"
                              name={name}
                              checked={choice === option}
                              onChange={() => setChoices(new Map(choices).set(group.key, option))}
                            />
                            {option === 'all'
                              ? t('workshop.merge.keepAll')
                              : t('workshop.merge.keepOnly', { quadrant: quadrant(option) })}
                          </label>
                        ))}
                      </fieldset>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
          <button
            type="button"
            className="primary"
            disabled={plan.groups.length === 0 && otherIdeas === 0}
            onClick={merge}
          >
            {t(otherIdeas > 0 ? 'workshop.merge.applyAll' : 'workshop.merge.apply')}
          </button>
        </>
      )}
    </section>
  );
}
