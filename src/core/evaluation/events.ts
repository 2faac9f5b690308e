import { ANOMALY_TYPES, LABELLED_ANOMALY, labelCode, type AnomalyEvent, type EventType } from '../../shared/anomaly';

/** The part of an event recall needs: its type and its rows (both ends inclusive). */
export type EventSpan = Pick<AnomalyEvent, 'type' | 'startIndex' | 'endIndex'>;

/** How many events a threshold catches: an event is detected when at least one of its rows is flagged. */
export interface RecallCount {
  events: number;
  detected: number;
  /** Events none of whose rows has a score (e.g. all inside incomplete windows); left out of `recall`. */
  unscored: number;
  /** detected / (events - unscored); NaN when no event could be scored. */
  recall: number;
}

export interface EventRecall {
  overall: RecallCount;
  /** One entry per type present, in label-code order. */
  byType: (RecallCount & { type: EventType })[];
}

/**
 * Event recall at `threshold`, overall and per anomaly type, in O(rows + events). A row is
 * flagged when its score is at least the threshold; NaN scores are never flagged. Event rows
 * outside the scores are ignored.
 */
export function eventRecall(scores: Float32Array, events: readonly EventSpan[], threshold: number): EventRecall {
  // Prefix counts, so each event is checked in constant time however long it is.
  const n = scores.length;
  const flagged = new Uint32Array(n + 1);
  const scored = new Uint32Array(n + 1);
  for (let r = 0; r < n; r++) {
    const score = scores[r];
    flagged[r + 1] = flagged[r] + (score >= threshold ? 1 : 0);
    scored[r + 1] = scored[r] + (Number.isNaN(score) ? 0 : 1);
  }
  const overall = emptyCount();
  const byType = new Map<EventType, RecallCount>();
  for (const event of events) {
    const from = Math.max(0, event.startIndex);
    const to = Math.min(n - 1, event.endIndex) + 1;
    const count = byType.get(event.type) ?? emptyCount();
    byType.set(event.type, count);
    for (const c of [overall, count]) {
      c.events++;
      if (to <= from || scored[to] === scored[from]) c.unscored++;
      else if (flagged[to] > flagged[from]) c.detected++;
    }
  }
  const withRecall = (c: RecallCount) => ({ ...c, recall: c.events > c.unscored ? c.detected / (c.events - c.unscored) : Number.NaN });
  return {
    overall: withRecall(overall),
    byType: [...byType]
      .sort(([a], [b]) => labelCode(a) - labelCode(b))
      .map(([type, c]) => ({ type, ...withRecall(c) })),
  };
}

/**
 * The events a per-row label array describes, for data that has labels but no event list: one
 * span per run of rows with the same non-zero code.
 */
export function labelRuns(labels: Uint8Array): EventSpan[] {
  const spans: EventSpan[] = [];
  for (let r = 0; r < labels.length; r++) {
    const code = labels[r];
    if (code === 0) continue;
    const startIndex = r;
    while (r + 1 < labels.length && labels[r + 1] === code) r++;
    spans.push({ type: typeOfCode(code), startIndex, endIndex: r });
  }
  return spans;
}

/** The event type of a per-row label code; codes that name no type read as a labelled anomaly. */
export function typeOfCode(code: number): EventType {
  return ANOMALY_TYPES[code - 1] ?? LABELLED_ANOMALY;
}

function emptyCount(): RecallCount {
  return { events: 0, detected: 0, unscored: 0, recall: Number.NaN };
}
