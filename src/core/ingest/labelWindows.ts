import type { AnomalyEvent, EventType } from '../../shared/anomaly';
import { lowerBound, upperBound } from '../sortedSearch';
import { gather, timeOrder } from './order';

/** A labelled stretch of time read from a label file; both ends inclusive. */
export interface LabelWindow {
  start: number;
  end: number;
  type: EventType;
  code: number;
  process: string;
  metrics: string[];
}

/** Rows in time order: `times` ascending, `order[i]` the row at position i (null: rows are in order). */
export interface TimeView {
  times: Float64Array;
  order: Uint32Array | null;
}

/** The rows of `timestamps` in time order, without copying when they already are. */
export function timeView(timestamps: Float64Array): TimeView {
  const order = timeOrder(timestamps);
  return { times: order ? gather(timestamps, order) : timestamps, order };
}

/**
 * Marks each window's rows with its code (a later window overwrites an earlier one where they
 * overlap) and makes one event per window that holds a row; event indices are positions in time
 * order, i.e. row indices when the timestamps are ascending. Windows holding no row are counted.
 */
export function applyWindows(windows: readonly LabelWindow[], view: TimeView): { labels: Uint8Array; events: AnomalyEvent[]; ignored: number } {
  const { times, order } = view;
  const labels = new Uint8Array(times.length);
  const events: AnomalyEvent[] = [];
  let ignored = 0;
  for (const w of windows) {
    const from = lowerBound(times, w.start);
    const to = upperBound(times, w.end) - 1;
    if (to < from) {
      ignored++;
      continue;
    }
    if (order) for (let i = from; i <= to; i++) labels[order[i]] = w.code;
    else labels.fill(w.code, from, to + 1);
    events.push({ type: w.type, start: times[from], end: times[to], startIndex: from, endIndex: to, process: w.process, metrics: w.metrics });
  }
  events.sort((a, b) => a.start - b.start);
  return { labels, events, ignored };
}

/** Position of the row nearest `time` (ascending times), or -1 when none is within `tolerance` ms. */
export function nearestRow(times: Float64Array, time: number, tolerance: number): number {
  const after = lowerBound(times, time);
  let best = -1;
  let bestDistance = Infinity;
  for (const i of [after - 1, after]) {
    if (i < 0 || i >= times.length) continue;
    const distance = Math.abs(times[i] - time);
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  }
  return bestDistance <= tolerance ? best : -1;
}

