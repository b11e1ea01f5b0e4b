import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QUADRANTS } from '../../domain/project/schema';
import { itemLabels } from '../../domain/swot/labels';
import type { Activity, VoteOption } from '../../domain/workshop/activity';
import type { Idea } from '../../domain/workshop/tally';
import { useCriteria, useForces, useProjectId, useSwot } from '../../state/selectors';
import { FORCES } from '../../domain/project/schema';
import { workshopActions } from '../../state/workshopActions';
import { closeRoom, currentRoom, openRoom, resumeRoom } from '../../workshop/activeRoom';
import { findRelay, type RelayPlace } from '../../workshop/connection';
import { joinLink } from '../../workshop/joinLink';
import { readStored, writeStored } from '../../workshop/stored';
import type { FacilitatorRoom } from '../../workshop/facilitatorRoom';
import { ActivityPanel } from './ActivityPanel';
import { MergeFiles } from './MergeFiles';
import { WorkshopRecords } from './WorkshopRecords';
import { RoomResults } from './RoomResults';
import { RoomPanel } from './RoomPanel';
import { TimerPanel } from './TimerPanel';
import { useRoomView } from './useRoomView';
import { useScoreCells } from './useScoreCells';
import './workshop.css';

const RELAY_KEY = 'ssw.workshop.relay';
const DEFAULT_RELAY = 'ws://127.0.0.1:1234/relay';

const storedRelay = () => readStored(RELAY_KEY, (v): v is string => typeof v === 'string') ?? DEFAULT_RELAY;

/** The facilitator's workshop page: open a room, run activities with a timer, and take in what the room wrote. */
export function WorkshopPage() {
  const { t } = useTranslation();
  const projectId = useProjectId()!;
  const [place, setPlace] = useState<RelayPlace | null>(null);
  const [relayInput, setRelayInput] = useState(storedRelay);
  const [room, setRoom] = useState<FacilitatorRoom | null>(() => currentRoom(projectId));

  useEffect(() => {
    let live = true;
    void findRelay(storedRelay()).then((found) => {
      if (!live) return;
      setPlace(found);
      // A room open before a reload opens again with its link unchanged.
      const resumed = resumeRoom(projectId);
      if (resumed) setRoom(resumed);
    });
    return () => {
      live = false;
    };
  }, [projectId]);

  const relayBad = !/^wss?:\/\/\S+$/.test(relayInput.trim());
  const open = () => {
    if (!place) return;
    const relayUrl = place.sameOrigin ? place.relayUrl : relayInput.trim();
    if (!place.sameOrigin) {
      if (relayBad) return;
      writeStored(RELAY_KEY, relayUrl);
    }
    const sameOrigin = place.sameOrigin && relayUrl === place.relayUrl;
    setRoom(openRoom(projectId, relayUrl, (roomId) => joinLink({ ...place, relayUrl, sameOrigin }, roomId)));
  };

  return (
    <div className="page workshop-page">
      <div className="page-head">
        <h1>{t('workshop.heading')}</h1>
        <a className="button-link" href={`#/p/${projectId}/present`}>
          {t('workshop.present.open')}
        </a>
      </div>
      <p className="intro">{t('workshop.intro')}</p>
      {room ? (
        <OpenRoom room={room} onClose={() => (closeRoom(), setRoom(null))} />
      ) : (
        <section className="card" aria-labelledby="room-heading">
          <h2 id="room-heading">{t('workshop.room.heading')}</h2>
          {place && !place.sameOrigin && (
            <>
              <label className="field">
                {t('workshop.room.relay')}
                <input
                  value={relayInput}
                  aria-invalid={relayBad}
                  aria-describedby="relay-help"
                  onChange={(e) => setRelayInput(e.target.value)}
                />
              </label>
              {relayBad && (
                <p className="field-error" role="alert">
                  {t('workshop.room.relayBad')}
                </p>
              )}
              <p className="hint" id="relay-help">
                {t('workshop.room.relayHelp')}
              </p>
            </>
          )}
          <button
            type="button"
            className="primary"
            disabled={!place || (!place.sameOrigin && relayBad)}
            onClick={open}
          >
            {t('workshop.room.open')}
          </button>
        </section>
      )}
      <MergeFiles />
      <WorkshopRecords />
    </div>
  );
}

function OpenRoom({ room, onClose }: { room: FacilitatorRoom; onClose: () => void }) {
  const view = useRoomView(room);
  const swot = useSwot();
  const link = room.link;
  const options = useMemo<VoteOption[]>(() => {
    if (!swot) return [];
    const labels = itemLabels(swot);
    return QUADRANTS.flatMap((q) =>
      swot[q]
        .filter((i) => i.text.trim())
        .map((i) => ({ key: i.id, label: `${labels.get(i.id)} ${i.text}` })),
    );
  }, [swot]);
  const forces = useForces();
  const { t } = useTranslation();
  const drivers = useMemo<VoteOption[]>(
    () =>
      forces
        ? FORCES.flatMap((f) =>
            forces[f]
              .filter((d) => d.text.trim())
              .map((d) => ({
                key: d.id,
                label: t('workshop.activity.driverLabel', { force: t(`forces.short.${f}`), driver: d.text }),
              })),
          )
        : [],
    [forces, t],
  );
  const strategyCriteria = useCriteria();
  const criteria = useMemo<VoteOption[]>(
    () =>
      (strategyCriteria ?? []).map((c, i) => ({
        key: c.id,
        label: c.name || t('strategy.criterionName', { n: i + 1 }),
      })),
    [strategyCriteria, t],
  );
  const { cells, cellScale } = useScoreCells();
  const accept = (ideas: Idea[]) => {
    // A canvas at its limit refuses the edit (and says so): the ideas are then not marked as added.
    const done = workshopActions.takeRoomIdeas(
      view.activity?.canvas ?? 'swot',
      ideas,
      view.tally?.order ?? [],
    );
    if (done !== 'refused') room.markAccepted(ideas.map((i) => `${i.pid}/${i.id}`));
  };

  const setActivity = (activity: Activity) => room.setActivity(activity);
  return (
    <>
      <RoomPanel
        link={link}
        status={view.status}
        participants={view.tally?.participants ?? 0}
        onClose={onClose}
      />
      <div className="workshop-columns">
        <ActivityPanel
          key={view.activity?.id ?? 'none'}
          current={view.activity}
          options={options}
          drivers={drivers}
          criteria={criteria}
          cells={cells}
          cellScale={cellScale}
          onStart={setActivity}
        />
        <TimerPanel timer={view.timer} onChange={(timer) => room.setTimer(timer)} />
      </div>
      {view.activity && view.tally && (
        <RoomResults
          view={view}
          activity={view.activity}
          tally={view.tally}
          onAccept={accept}
          onReveal={(revealed) => setActivity({ ...view.activity!, revealed })}
        />
      )}
    </>
  );
}
