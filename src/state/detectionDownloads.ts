import type { Incident } from '../core/detection/incidents';
import { matchedEventTypes } from '../core/evaluation/incidentMatch';
import { anomaliesCsv } from '../core/export/anomaliesCsv';
import { incidentsCsv } from '../core/export/incidentsCsv';
import { detailFromIncidents, type IncidentSpan } from '../core/export/rowDetail';
import { reportError } from './alerts';
import { useAppStore } from './appStore';
import type { Detection } from './detectionJob';
import { currentView } from './detectionShown';
import { eventsOf } from './detectionView';
import { saveFile } from './saveFile';

export const ANOMALIES_FILE = 'anomalies.csv';
export const INCIDENTS_FILE = 'incidents.csv';

const CSV_TYPE = 'text/csv;charset=utf-8';

function spans(incidents: readonly Incident[]): IncidentSpan[] {
  return incidents.map((incident) => ({
    id: incident.id,
    startIndex: incident.startRow,
    endIndex: incident.endRow,
    severity: incident.severity,
    topMetrics: incident.topMetrics.map((c) => ({ key: c.name, share: c.share })),
  }));
}

/** The current detection and its incidents at the current threshold, or null when nothing was scored. */
function current(): { detection: Detection; threshold: number; incidents: Incident[] } | null {
  const { detection, threshold } = useAppStore.getState().detect;
  if (!detection) return null;
  return { detection, threshold, incidents: currentView(detection, threshold).view.incidents };
}

/** Downloads `anomalies.csv`: every flagged row with its score, threshold, incident, severity, top metrics and metric values. */
export function downloadAnomaliesCsv(): void {
  const now = current();
  if (!now) return;
  try {
    const { detection, threshold, incidents } = now;
    const { dataset } = detection;
    const parts = anomaliesCsv({
      timestamps: dataset.timestamps,
      scores: detection.scores.rowScores,
      threshold,
      columns: dataset.columns,
      detail: detailFromIncidents(spans(incidents)),
    });
    saveFile(new Blob(parts, { type: CSV_TYPE }), ANOMALIES_FILE);
  } catch (error) {
    reportError(error);
  }
}

/** Downloads `incidents.csv`: one row per incident at the current threshold. */
export function downloadIncidentsCsv(): void {
  const now = current();
  if (!now) return;
  try {
    const events = eventsOf(now.detection);
    const eventTypes = matchedEventTypes(now.incidents, events);
    const rows = now.incidents.map((incident, i) => ({
      id: incident.id,
      start: incident.start,
      end: incident.end,
      peakScore: incident.peakScore,
      meanScore: incident.meanScore,
      severity: incident.severity,
      topMetrics: incident.topMetrics.map((c) => ({ key: c.name, share: c.share })),
      labelledEvent: eventTypes[i],
    }));
    const options = { intervalMs: now.detection.dataset.meta.intervalMs, labelledEvents: events.length > 0 };
    saveFile(new Blob(incidentsCsv(rows, options), { type: CSV_TYPE }), INCIDENTS_FILE);
  } catch (error) {
    reportError(error);
  }
}
