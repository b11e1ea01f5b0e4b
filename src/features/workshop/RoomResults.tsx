import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../domain/workshop/activity';
import type { Idea, Tally } from '../../domain/workshop/tally';
import type { FacilitatorView } from '../../workshop/facilitatorRoom';
import { AhpResults } from './AhpResults';
import { BrainstormResults } from './BrainstormResults';
import { KeepRecord } from './KeepRecord';
import { RateResults } from './RateResults';
import { ScoreResults } from './ScoreResults';
import { VoteResults } from './VoteResults';

interface Props {
  view: FacilitatorView;
  activity: Activity;
  tally: Tally;
  onAccept: (ideas: Idea[]) => void;
  onReveal: (revealed: boolean) => void;
}

/** What the room has written for the current activity, and what was ignored and why. */
export function RoomResults({ view, activity, tally, onAccept, onReveal }: Props) {
  const { t } = useTranslation();
  // AHP: the group as shown is the group kept in the report.
  const [consistentOnly, setConsistentOnly] = useState(false);
  const reasons = [...new Set(tally.ignored.map((i) => t(`workshop.results.reasons.${i.reason}`)))].join(
    ', ',
  );
  return (
    <section className="card workshop-results" aria-labelledby="results-heading">
      <h2 id="results-heading">{t('workshop.results.heading')}</h2>
      <p className="current-activity">{activity.prompt}</p>
      {activity.kind === 'brainstorm' && (
        <BrainstormResults
          activity={activity}
          ideas={tally.ideas}
          order={tally.order}
          accepted={view.accepted}
          onAccept={onAccept}
        />
      )}
      {activity.kind === 'vote' && <VoteResults activity={activity} tally={tally} onReveal={onReveal} />}
      {activity.kind === 'rate' && <RateResults activity={activity} tally={tally} />}
      {activity.kind === 'ahp' && (
        <AhpResults
          activity={activity}
          tally={tally}
          consistentOnly={consistentOnly}
          onConsistentOnly={setConsistentOnly}
        />
      )}
      {activity.kind === 'score' && <ScoreResults activity={activity} tally={tally} />}
      <KeepRecord activity={activity} tally={tally} consistentOnly={consistentOnly} />
      {tally.ignored.length > 0 && (
        <p className="hint" data-testid="ignored">
          {t('workshop.results.ignored', { count: tally.ignored.length, reasons })}
        </p>
      )}
      {view.forged > 0 && (
        <p className="hint" data-testid="forged">
          {t('workshop.results.forged', { count: view.forged })}
        </p>
      )}
    </section>
  );
}
