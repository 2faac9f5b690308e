import { severityOf, type Severity } from './severity';

/** One time bucket of the swimlane: its span, its highest score over the threshold and its share of flagged rows. */
export interface SwimlaneCell {
  start: number;
  /** Exclusive. */
  end: number;
  /** Highest score in the bucket over the threshold; NaN when no row of it was scored. */
  peakRatio: number;
  /** Share (0..1) of the bucket's scored rows at or above the threshold. */
  flaggedShare: number;
  /** The severity its peak would give an incident; null below the threshold or unscored. */
  severity: Severity | null;
}

/**
 * The swimlane over a scoring: `buckets` equal spans of time from the first row to the end of the
 * last, each with its highest score (as a multiple of the threshold) and its anomaly rate, in one
 * pass over the rows, so six months of 30 s rows read as a strip of a hundred-odd cells.
 * @param scores one per row, NaN where unscored
 * @param endMs the end of the last row's step (exclusive)
 */
export function swimlane(timestamps: Float64Array, scores: Float32Array, threshold: number, buckets: number, endMs: number): SwimlaneCell[] {
  const n = Math.min(timestamps.length, scores.length);
  const count = Math.max(1, Math.floor(buckets));
  if (n === 0 || !(endMs > timestamps[0])) return [];
  const start = timestamps[0];
  const width = (endMs - start) / count;
  const peaks = new Float64Array(count).fill(Number.NaN);
  const scored = new Uint32Array(count);
  const flagged = new Uint32Array(count);
  for (let r = 0; r < n; r++) {
    const score = scores[r];
    if (Number.isNaN(score)) continue;
    const b = Math.min(count - 1, Math.floor((timestamps[r] - start) / width));
    scored[b]++;
    if (score >= threshold) flagged[b]++;
    if (!(peaks[b] >= score)) peaks[b] = score;
  }
  return Array.from({ length: count }, (_, b) => {
    const peakRatio = threshold > 0 ? peaks[b] / threshold : peaks[b];
    return {
      start: start + b * width,
      end: start + (b + 1) * width,
      peakRatio,
      flaggedShare: scored[b] > 0 ? flagged[b] / scored[b] : 0,
      severity: peakRatio >= 1 ? severityOf(peaks[b], threshold) : null,
    };
  });
}
