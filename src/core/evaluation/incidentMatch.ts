import type { Incident } from '../detection/incidents';
import type { EventSpan } from './events';
import { MS_PER_DAY } from '../time';

/** The rows of an incident that matching reads (both ends inclusive). */
export type IncidentRows = Pick<Incident, 'startRow' | 'endRow'>;

/** How an operator meets the alarms: how many, how many were real, how many false ones a day. */
export interface IncidentFigures {
  incidents: number;
  /** Share of incidents that overlap a labelled event; null without incidents. */
  incident_precision: number | null;
  /** Incidents that overlap no labelled event, per day of the scored span; null when the span lasts no time. */
  false_alarms_per_day: number | null;
}

/**
 * For each incident, the index in `events` of the labelled event it overlaps (rows intersect,
 * both ends inclusive), or null; when several overlap, the one sharing the most rows (ties: the
 * earliest start, then the earliest index). Neither list needs to be sorted: both are sorted by
 * start, then swept once, O((incidents + events) log) when incidents do not overlap each other.
 */
export function matchIncidents(incidents: readonly IncidentRows[], events: readonly EventSpan[]): (number | null)[] {
  const matches: (number | null)[] = new Array<number | null>(incidents.length).fill(null);
  const byStart = (starts: (i: number) => number, count: number) =>
    Array.from({ length: count }, (_, i) => i).sort((a, b) => starts(a) - starts(b) || a - b);
  const eventOrder = byStart((i) => events[i].startIndex, events.length);
  const incidentOrder = byStart((i) => incidents[i].startRow, incidents.length);
  // Events that started before the current incident ends and have not ended before it starts, in start order.
  let active: number[] = [];
  let next = 0;
  for (const i of incidentOrder) {
    const { startRow, endRow } = incidents[i];
    // Incidents come in start order, so an event that ended before this one starts overlaps no later one.
    active = active.filter((e) => events[e].endIndex >= startRow);
    while (next < eventOrder.length && events[eventOrder[next]].startIndex <= endRow) {
      const e = eventOrder[next++];
      if (events[e].endIndex >= startRow) active.push(e);
    }
    let best: number | null = null;
    let bestOverlap = 0;
    for (const e of active) {
      const overlap = Math.min(endRow, events[e].endIndex) - Math.max(startRow, events[e].startIndex) + 1;
      if (overlap > bestOverlap) {
        best = e;
        bestOverlap = overlap;
      }
    }
    matches[i] = best;
  }
  return matches;
}

/** For each incident, the type of the labelled event it matches (see matchIncidents), or null for a false alarm. */
export function matchedEventTypes(incidents: readonly IncidentRows[], events: readonly EventSpan[]): (EventSpan['type'] | null)[] {
  return matchIncidents(incidents, events).map((match) => (match === null ? null : events[match].type));
}

/**
 * Incident-level figures against the labels: the incident count, incident precision (share that
 * overlaps a labelled event) and false alarms per day (incidents overlapping none, over the days from
 * the first to the last row of `scoredRows`, or of all `timestamps` when it is not given).
 */
export function incidentFigures(
  incidents: readonly IncidentRows[],
  events: readonly EventSpan[],
  timestamps: Float64Array,
  scoredRows?: { first: number; last: number },
): IncidentFigures {
  const matches = matchIncidents(incidents, events);
  const falseAlarms = matches.filter((m) => m === null).length;
  const first = scoredRows?.first ?? 0;
  const last = scoredRows?.last ?? timestamps.length - 1;
  const days = timestamps.length > 0 ? (timestamps[last] - timestamps[first]) / MS_PER_DAY : Number.NaN;
  return {
    incidents: incidents.length,
    incident_precision: incidents.length > 0 ? (incidents.length - falseAlarms) / incidents.length : null,
    false_alarms_per_day: days > 0 ? falseAlarms / days : null,
  };
}
