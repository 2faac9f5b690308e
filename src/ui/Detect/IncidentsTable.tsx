import { useCallback, useMemo, useState } from 'react';
import type { Incident } from '../../core/detection/incidents';
import type { EventSpan } from '../../core/evaluation/events';
import { matchedEventTypes } from '../../core/evaluation/incidentMatch';
import { incidentsIn } from '../../core/windows';
import { useAppStore } from '../../state/appStore';
import { selectIncident } from '../../state/detection';
import { clearDetectZoom, useDetectZoom } from '../../state/detectZoom';
import type { Dataset } from '../../shared/dataset';
import { formatCount, formatTimesThreshold, formatUtcMinute } from '../components/format';
import { useProgressiveCount } from '../components/useProgressiveCount';
import { useRovingRows } from '../components/useRovingRows';
import { WindowMetrics } from './WindowMetrics';
import { nextSort, sortIncidents, type IncidentSort, type IncidentSortKey } from './incidentSort';
import { datasetContributorsText } from './metricNames';

const COLUMNS: { key: IncidentSortKey; label: string }[] = [
  { key: 'start', label: 'Start (UTC)' },
  { key: 'duration', label: 'Duration' },
  { key: 'peak', label: 'Peak (× threshold)' },
  { key: 'severity', label: 'Severity' },
];
/** Rows listed at most; a threshold set very low can make thousands of incidents. */
const SHOWN = 200;
/** Rows added per drawing turn: 200 rows in one render were a 50 ms task on 6 months (src/lab/profileLongTasks --detect). */
const ROWS_PER_TURN = 50;

function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

interface IncidentsTableProps {
  incidents: readonly Incident[];
  dataset: Dataset;
  /** The dataset's labelled events (see eventsOf); with any, a column names the event each incident matches. */
  events: readonly EventSpan[];
}

/** The incidents at the current threshold, sortable by column; selecting one shows it in the charts. */
export function IncidentsTable({ incidents, dataset, events }: IncidentsTableProps) {
  const [sort, setSort] = useState<IncidentSort>({ key: 'severity', descending: true });
  const selected = useAppStore((state) => state.detect.selectedIncident);
  const zoom = useDetectZoom((state) => state.window);
  const detection = useAppStore((state) => state.detect.detection);
  const interval = dataset.meta.intervalMs;
  // Zoomed from the swimlane or the score chart: the incidents that overlap that time.
  const listed = useMemo(
    () => (zoom ? incidentsIn(incidents, zoom, interval) : incidents),
    [incidents, zoom, interval],
  );
  const sorted = useMemo(() => sortIncidents(listed, sort), [listed, sort]);
  // Keyed by incident id, so the matching survives sorting.
  const labelled = useMemo(() => {
    if (events.length === 0) return null;
    const types = matchedEventTypes(incidents, events);
    return new Map(incidents.map((incident, i) => [incident.id, types[i]]));
  }, [incidents, events]);
  const eventText = (id: number): string => labelled?.get(id) ?? 'none (false alarm)';
  const threshold = useAppStore((state) => state.detect.threshold);
  // Peaks read as multiples of the threshold; a model saved before score profiles keeps its raw errors.
  const scaled = useAppStore((state) => state.detect.detection?.preprocessing.scoring !== undefined);
  const listedRows = Math.min(sorted.length, SHOWN);
  // A new list (another threshold, order or zoom) starts again from its first rows and grows a turn at a time.
  const turns = useProgressiveCount(Math.ceil(listedRows / ROWS_PER_TURN), sorted);
  const shown = useMemo(() => sorted.slice(0, Math.min(listedRows, turns * ROWS_PER_TURN)), [sorted, listedRows, turns]);
  // The table is one tab stop: arrows move between rows, Enter shows one (200 Show buttons in the tab order were a wall).
  const pick = useCallback((index: number) => shown[index] && selectIncident(shown[index].id), [shown]);
  const { onKeyDown, rowProps } = useRovingRows(shown.length, shown.findIndex((incident) => incident.id === selected), pick);
  return (
    <section className="card" aria-labelledby="incidents-heading">
      <h2 id="incidents-heading">Incidents ({formatCount(incidents.length)})</h2>
      {zoom && (
        <p className="hint">
          {formatCount(listed.length)} in {formatUtcMinute(zoom.start)} – {formatUtcMinute(zoom.end)} UTC.{' '}
          <button type="button" className="button-quiet" onClick={clearDetectZoom}>
            Show all
          </button>
        </p>
      )}
      {zoom && detection && <WindowMetrics detection={detection} window={zoom} />}
      {listed.length === 0 ? (
        <p className="hint">{zoom ? 'No incident in this time.' : 'No row is above the threshold.'}</p>
      ) : (
        <div className="incidents-scroll">
          <table className="incidents-table" role="grid" aria-labelledby="incidents-heading" aria-describedby="incidents-keys">
            <thead>
              <tr>
                <th scope="col">#</th>
                {COLUMNS.map((column) => (
                  <th key={column.key} scope="col" aria-sort={sort.key === column.key ? (sort.descending ? 'descending' : 'ascending') : undefined}>
                    <button type="button" className="sort-button" onClick={() => setSort(nextSort(sort, column.key))}>
                      {column.label}
                    </button>
                  </th>
                ))}
                <th scope="col">Top metrics</th>
                {labelled && <th scope="col">Labelled event</th>}
                <th scope="col">
                  <span className="visually-hidden">Show</span>
                </th>
              </tr>
            </thead>
            <tbody onKeyDown={onKeyDown}>
              {shown.map((incident, index) => (
                <tr
                  key={incident.id}
                  {...rowProps(index)}
                  aria-selected={incident.id === selected}
                  className={incident.id === selected ? 'is-selected' : undefined}
                  onClick={() => selectIncident(incident.id)}
                >
                  <td>{incident.id}</td>
                  <td>{formatUtcMinute(incident.start)}</td>
                  <td>{formatDuration(incident.durationMs + interval)}</td>
                  <td>{formatTimesThreshold(incident.peakScore, scaled ? threshold : 0)}</td>
                  <td>
                    <span className={`severity severity-${incident.severity}`}>{incident.severity}</span>
                  </td>
                  <td>{datasetContributorsText(dataset, incident.topMetrics)}</td>
                  {labelled && <td>{eventText(incident.id)}</td>}
                  <td>
                    <button type="button" tabIndex={-1} aria-label={`Show incident ${incident.id}`} onClick={() => selectIncident(incident.id)}>
                      Show
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p id="incidents-keys" className="hint">
            Arrow keys move between incidents; Enter shows one in the charts.
          </p>
          {sorted.length > SHOWN && <p className="hint">The first {SHOWN} of {formatCount(sorted.length)} in this order; raise the threshold or download the incidents CSV for all.</p>}
        </div>
      )}
    </section>
  );
}
