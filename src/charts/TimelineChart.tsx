import type { TimelineView } from '../views/timelineView';
import './timeline.css';

/**
 * The implementation plan as a simple timeline: one row per dated action, a bar from its start to its due day
 * (a diamond for an action with one date), coloured by status, late ones outlined; month ticks and today.
 */
export function TimelineChart({ view }: { view: TimelineView }) {
  return (
    <figure className="timeline" aria-label={view.label}>
      <ul className="timeline-legend" aria-hidden="true">
        {view.legend.map((l) => (
          <li key={l.status}>
            <span className="timeline-swatch" style={{ background: l.colour }} /> {l.name}
          </li>
        ))}
      </ul>
      <div className="timeline-grid">
        <div className="timeline-axis" aria-hidden="true">
          {view.ticks.map((tick) => (
            <span key={tick.left} className="timeline-tick" style={{ left: `${tick.left}%` }}>
              {tick.text}
            </span>
          ))}
        </div>
        <ol className="timeline-rows">
          {view.rows.map((row) => (
            <li key={row.id} className="timeline-row" data-testid="timeline-row">
              <span className="timeline-name" title={row.name}>
                {row.name}
              </span>
              <span className="timeline-track">
                {view.ticks.map((tick) => (
                  <span key={tick.left} className="timeline-line" style={{ left: `${tick.left}%` }} />
                ))}
                {view.today && (
                  <span
                    className="timeline-today"
                    style={{ left: `${view.today.left}%` }}
                    title={view.today.text}
                  />
                )}
                <span
                  className={['timeline-bar', row.milestone ? 'milestone' : '', row.late ? 'late' : ''].join(
                    ' ',
                  )}
                  style={{
                    left: `${row.left}%`,
                    width: row.milestone ? undefined : `${row.width}%`,
                    background: row.colour,
                  }}
                  role="img"
                  aria-label={row.description}
                  title={row.description}
                />
              </span>
            </li>
          ))}
        </ol>
      </div>
      {view.today && (
        <figcaption className="timeline-caption">
          <span className="timeline-today-key" aria-hidden="true" /> {view.today.text}
          {view.undated && <> · {view.undated}</>}
        </figcaption>
      )}
      {!view.today && view.undated && <figcaption className="timeline-caption">{view.undated}</figcaption>}
    </figure>
  );
}
