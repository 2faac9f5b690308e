import type { SimulatedEventNote } from '../../shared/live';
import { useLiveStore } from '../../state/liveStore';
import { formatTimesThreshold, formatUtcMinute } from '../components/format';
import { contributorsText } from '../components/contributors';

function eventText(event: SimulatedEventNote): string {
  return `${event.type}${event.injected ? ' (injected)' : ''} at ${formatUtcMinute(event.start)}, until ${formatUtcMinute(event.end)}`;
}

/** Incidents as they open and grow, newest first, with their top metrics. */
export function LiveIncidents() {
  const incidents = useLiveStore((state) => state.incidents);
  const events = useLiveStore((state) => state.events);
  const threshold = useLiveStore((state) => state.threshold);
  return (
    <section className="card" aria-labelledby="live-incidents-heading">
      <h2 id="live-incidents-heading">Live incidents ({incidents.length})</h2>
      {events.length > 0 && (
        <p className="hint" aria-label="Simulated anomalies">
          Simulated anomalies (ground truth): {events.slice(-5).reverse().map(eventText).join('; ')}
        </p>
      )}
      {incidents.length === 0 ? (
        <p className="hint">No incident yet.</p>
      ) : (
        <div className="incidents-scroll">
          <table className="incidents-table">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Start (UTC)</th>
                <th scope="col">Last flag</th>
                <th scope="col">Peak (× threshold)</th>
                <th scope="col">Severity</th>
                <th scope="col">Top metrics</th>
              </tr>
            </thead>
            <tbody>
              {incidents.map((incident) => (
                <tr key={incident.id}>
                  <td>{incident.id}</td>
                  <td>{formatUtcMinute(incident.start)}</td>
                  <td>{incident.open ? 'ongoing' : formatUtcMinute(incident.end)}</td>
                  <td>{formatTimesThreshold(incident.peakScore, threshold)}</td>
                  <td>
                    <span className={`severity severity-${incident.severity}`}>{incident.severity}</span>
                  </td>
                  <td>{contributorsText(incident.topMetrics)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
