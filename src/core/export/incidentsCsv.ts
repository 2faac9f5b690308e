import { float32Cell, idCell, isoTimeCell, numberCell, sharesCell, textCell, type MetricShare } from './cells';
import { csvParts } from './csvParts';

/** One incident as `incidentsCsv` writes it. */
export interface IncidentCsvRow {
  id: string | number;
  /** Epoch milliseconds of the first and the last flagged row (inclusive). */
  start: number;
  end: number;
  peakScore: number;
  meanScore: number;
  severity: string;
  /** Largest first; written as given. */
  topMetrics: readonly MetricShare[];
  /** Ground truth, when the dataset has labels: the share (0..1) of the incident's rows labelled anomalous and the main labelled type (null when none). */
  truth?: { overlap: number; type: string | null };
  /** The type of the labelled event the incident matches (see matchIncidents); null or absent when it matches none. */
  labelledEvent?: string | null;
}

export interface IncidentsCsvOptions {
  /** Row interval in ms: the written end is the end of the last flagged row's step, so a one-row incident lasts one step; default 0. */
  intervalMs?: number;
  /** The dataset has labelled events: write the `labelled_event` column (empty for a false alarm); default false. */
  labelledEvents?: boolean;
}

/** The columns of `incidents.csv`; the two truth columns only when an incident has `truth`. */
export const INCIDENT_COLUMNS = ['incident', 'start', 'end', 'duration_s', 'peak_score', 'mean_score', 'severity', 'top_metrics'] as const;
export const TRUTH_COLUMNS = ['truth_overlap', 'truth_type'] as const;
export const LABELLED_EVENT_COLUMN = 'labelled_event';

// A mean of float32 scores has no more meaningful digits than a float32.
const FLOAT32_DIGITS = 7;

/**
 * `incidents.csv`: one row per incident with id, ISO 8601 UTC start and end (where its last flagged
 * row's step ends, so end − start is the duration), duration in seconds,
 * peak and mean score, severity, top metrics with their shares, when any incident carries
 * ground truth its overlap and type, and with `labelledEvents` the type of the labelled event it
 * matches. Returns the file in parts (see `csvParts`).
 */
export function incidentsCsv(incidents: readonly IncidentCsvRow[], options: IncidentsCsvOptions = {}): string[] {
  const intervalMs = options.intervalMs ?? 0;
  const withTruth = incidents.some((incident) => incident.truth !== undefined);
  const withEvents = options.labelledEvents ?? false;
  const header = [...INCIDENT_COLUMNS, ...(withTruth ? TRUTH_COLUMNS : []), ...(withEvents ? [LABELLED_EVENT_COLUMN] : [])];
  return csvParts(header, incidents.length, (index) => {
    const incident = incidents[index];
    const cells = [
      idCell(incident.id),
      isoTimeCell(incident.start),
      isoTimeCell(incident.end + intervalMs),
      numberCell((incident.end + intervalMs - incident.start) / 1000),
      float32Cell(Math.fround(incident.peakScore)),
      numberCell(incident.meanScore, FLOAT32_DIGITS),
      textCell(incident.severity),
      sharesCell(incident.topMetrics),
    ];
    if (withTruth) {
      const truth = incident.truth;
      cells.push(truth ? numberCell(truth.overlap, 4) : '', truth?.type ? textCell(truth.type) : '');
    }
    if (withEvents) cells.push(incident.labelledEvent ? textCell(incident.labelledEvent) : '');
    return cells;
  });
}
