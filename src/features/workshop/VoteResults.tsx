import { useTranslation } from 'react-i18next';
import type { Activity } from '../../domain/workshop/activity';
import { rankedVotes, type Tally } from '../../domain/workshop/tally';
import { VoteWeights } from './VoteWeights';

interface Props {
  activity: Activity;
  tally: Tally;
  onReveal: (revealed: boolean) => void;
}

/** How many have voted, and, once revealed, the dots per item, most first. */
export function VoteResults({ activity, tally, onReveal }: Props) {
  const { t } = useTranslation();
  if (!activity.revealed)
    return (
      <>
        <p role="status" data-testid="vote-progress">
          {t('workshop.results.votesHidden', { voters: tally.voters, participants: tally.participants })}
        </p>
        <button type="button" className="primary" onClick={() => onReveal(true)}>
          {t('workshop.results.reveal')}
        </button>
      </>
    );
  const rows = rankedVotes(activity, tally.votes);
  const most = Math.max(1, ...rows.map((r) => r.dots));
  return (
    <>
      <p>{t('workshop.results.voters', { count: tally.voters })}</p>
      <ol className="vote-bars" data-testid="vote-results">
        {rows.map((row) => (
          <li key={row.key}>
            <span className="vote-label">{row.label}</span>
            <span className="vote-bar" style={{ width: `${(row.dots / most) * 100}%` }} aria-hidden />
            <span className="vote-count">{t('workshop.results.dots', { count: row.dots })}</span>
          </li>
        ))}
      </ol>
      <div className="toolbar">
        <button type="button" onClick={() => onReveal(false)}>
          {t('workshop.results.hide')}
        </button>
      </div>
      <VoteWeights votes={tally.votes} />
    </>
  );
}
