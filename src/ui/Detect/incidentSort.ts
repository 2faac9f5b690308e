import type { Incident } from '../../core/detection/incidents';
import type { Severity } from '../../core/detection/severity';

export type IncidentSortKey = 'start' | 'duration' | 'peak' | 'severity';
export interface IncidentSort {
  key: IncidentSortKey;
  descending: boolean;
}

const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2, critical: 3 };

const VALUE: Record<IncidentSortKey, (incident: Incident) => number> = {
  start: (incident) => incident.start,
  duration: (incident) => incident.durationMs,
  peak: (incident) => incident.peakScore,
  severity: (incident) => SEVERITY_RANK[incident.severity] * 1e12 + incident.peakScore,
};

/** Incidents ordered by one column; ties keep time order. */
export function sortIncidents(incidents: readonly Incident[], sort: IncidentSort): Incident[] {
  const value = VALUE[sort.key];
  const sign = sort.descending ? -1 : 1;
  return [...incidents].sort((a, b) => sign * (value(a) - value(b)) || a.start - b.start);
}

/** Clicking the sorted column flips it; another column starts with the most telling end (latest, longest, highest). */
export function nextSort(current: IncidentSort, key: IncidentSortKey): IncidentSort {
  return current.key === key ? { key, descending: !current.descending } : { key, descending: key !== 'start' };
}
