import type { MetricShare } from './cells';

/** What the anomalies CSV says about one flagged row beyond its score; null is written as an empty cell. */
export interface FlaggedRowDetail {
  incident: string | number | null;
  severity: string | null;
  /** Largest first; written as given. */
  topMetrics: readonly MetricShare[];
}

/** The part of an incident the anomalies CSV needs: its rows (both ends inclusive) and what to write for them. */
export interface IncidentSpan {
  id: string | number;
  startIndex: number;
  endIndex: number;
  severity: string;
  topMetrics: readonly MetricShare[];
}

const NO_DETAIL: FlaggedRowDetail = { incident: null, severity: null, topMetrics: [] };

/**
 * A `detail` accessor for `anomaliesCsv` that gives each row its incident's id, severity and top
 * metrics (binary search, O(log incidents) per row); rows outside every incident get empty cells.
 * @param incidents non-overlapping spans in any order
 */
export function detailFromIncidents(incidents: readonly IncidentSpan[]): (row: number) => FlaggedRowDetail {
  const spans = [...incidents].sort((a, b) => a.startIndex - b.startIndex);
  const details = spans.map((span): FlaggedRowDetail => ({ incident: span.id, severity: span.severity, topMetrics: span.topMetrics }));
  return (row) => {
    // Last span starting at or before the row.
    let lo = 0;
    let hi = spans.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].startIndex <= row) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && row <= spans[found].endIndex ? details[found] : NO_DETAIL;
  };
}
