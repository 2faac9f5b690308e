import { NAB_PROFILES, type NabProfile, type NabProfileName } from './nabProfiles';

/** An anomaly window: its first and last timestamps (ms), both inclusive, as in NAB's combined_windows.json. */
export type NabWindow = readonly [start: number, end: number];

export interface NabOptions {
  /** A profile name or its own weights; standard by default. */
  profile?: NabProfileName | NabProfile;
  /** Share of the rows at the start that is not scored (NAB: 0.15, at most 750 rows). */
  probationPercent?: number;
}

/** How one window was scored. */
export interface NabWindowResult {
  /** First and last row of the window (inclusive). */
  startIndex: number;
  endIndex: number;
  /** The earliest flagged scored row inside it, or null when it was missed. */
  detectedIndex: number | null;
  /** Weighted score: tpWeight at its first row, falling along the sigmoid, or -fnWeight when missed. */
  score: number;
}

/** A file's NAB score and its row counts (rows after the probationary period only). */
export interface NabResult {
  /** The raw score: window scores plus false positives; the per-file `Score` NAB's results CSVs publish. */
  score: number;
  /** 100 · (score − null) / (perfect − null): 0 flags nothing, 100 finds every window at its first row with no false alarm; NaN without windows. */
  normalizedScore: number;
  /** What a detector that flags nothing scores (−fnWeight per window) and what a perfect one scores (tpWeight per window). */
  nullScore: number;
  perfectScore: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** Rows in the file and the unscored ones at its start. */
  rows: number;
  probationRows: number;
  windows: NabWindowResult[];
  /** Windows with no scored row (wholly probationary, between two rows, or inside an earlier window); NAB leaves them out of every sum. */
  unscoredWindows: number;
}

/** The rows NAB leaves unscored at the start of a file of `rows` rows: 15 % of it, at most 750. */
export function probationLength(rows: number, probationPercent = 0.15): number {
  return Math.min(Math.floor(probationPercent * rows), probationPercent * 5000);
}

/**
 * NAB's scaled sigmoid of a row's position relative to a window's right edge: −1 is the window's
 * first row (0.987), 0 just past its end (0), positive positions lie after it and fall to −1.
 */
export function scaledSigmoid(position: number): number {
  if (position >= 3) return -1;
  return 2 / (1 + Math.exp(5 * position)) - 1;
}

const MAX_TP = scaledSigmoid(-1);

/**
 * Scores per-row detections the way the Numenta Anomaly Benchmark does (its `sweeper.py`):
 * each window is worth its earliest detection (tpWeight at the first row, along a scaled sigmoid
 * towards its end) or −fnWeight when missed; each false alarm costs fpWeight times a sigmoid of
 * its distance past the preceding window (the whole fpWeight before any window or far after);
 * rows of the probationary period count nowhere. O(rows + windows).
 * @param timestamps ascending row times (ms); a window holds the rows whose time lies in [start, end].
 * @param flagged a truthy value marks a detection on that row.
 * @throws RangeError when the arrays differ in length or the timestamps go back in time.
 */
export function nabScore(timestamps: ArrayLike<number>, flagged: ArrayLike<number | boolean>, windows: readonly NabWindow[], options: NabOptions = {}): NabResult {
  const n = timestamps.length;
  if (flagged.length !== n) throw new RangeError(`There are ${flagged.length} detections for ${n} timestamps.`);
  for (let i = 1; i < n; i++) if (timestamps[i] < timestamps[i - 1]) throw new RangeError(`Timestamp ${i} is earlier than the one before it.`);
  const { tpWeight, fpWeight, fnWeight } = typeof options.profile === 'object' ? options.profile : NAB_PROFILES[options.profile ?? 'standard'];
  const probationRows = probationLength(n, options.probationPercent);
  const spans = windowRows(timestamps, windows);

  const results: NabWindowResult[] = [];
  let unscoredWindows = windows.length - spans.length;
  let fpScore = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  let next = 0; // the next window to enter
  let previous: { endIndex: number; width: number } | null = null;
  for (let i = 0; i < n; ) {
    const span = next < spans.length ? spans[next] : null;
    const runEnd = span ? span.startIndex : n;
    // Rows outside any window: false positives weighted by their distance past the previous window.
    for (; i < runEnd; i++) {
      if (i < probationRows) continue;
      if (!flagged[i]) {
        tn++;
        continue;
      }
      fp++;
      // After a one-row window NAB's Python divides by zero; here Infinity reads as "far after" (−1).
      const position = previous ? Math.abs(previous.endIndex - i) / (previous.width - 1) : 3;
      fpScore += scaledSigmoid(position) * fpWeight;
    }
    if (!span) break;
    next++;
    const width = span.endIndex - span.startIndex + 1;
    let detectedIndex: number | null = null;
    let scoredRows = 0;
    for (i = span.startIndex; i <= span.endIndex; i++) {
      if (i < probationRows) continue;
      scoredRows++;
      if (!flagged[i]) fn++;
      else {
        tp++;
        detectedIndex ??= i;
      }
    }
    previous = { endIndex: span.endIndex, width };
    if (scoredRows === 0) {
      unscoredWindows++;
      continue;
    }
    const score = detectedIndex === null ? -fnWeight : (scaledSigmoid(-(span.endIndex - detectedIndex + 1) / width) * tpWeight) / MAX_TP;
    results.push({ startIndex: span.startIndex, endIndex: span.endIndex, detectedIndex, score });
  }

  const score = results.reduce((sum, w) => sum + w.score, fpScore);
  const nullScore = -fnWeight * results.length;
  const perfectScore = tpWeight * results.length;
  return {
    score,
    normalizedScore: results.length > 0 ? normalizeNabScore(score, nullScore, perfectScore) : Number.NaN,
    nullScore,
    perfectScore,
    tp,
    fp,
    fn,
    tn,
    rows: n,
    probationRows,
    windows: results,
    unscoredWindows,
  };
}

/**
 * NAB's normalisation, 100 · (score − null) / (perfect − null). NAB applies it to the sums over
 * a whole corpus, so pass summed raw, null and perfect scores to get its benchmark figure.
 */
export function normalizeNabScore(score: number, nullScore: number, perfectScore: number): number {
  return (100 * (score - nullScore)) / (perfectScore - nullScore);
}

/** The corpus figure NAB publishes: the normalised sum of the files' raw, null and perfect scores. */
export function nabCorpusScore(files: readonly Pick<NabResult, 'score' | 'nullScore' | 'perfectScore'>[]): number {
  let score = 0;
  let nullScore = 0;
  let perfectScore = 0;
  for (const f of files) {
    score += f.score;
    nullScore += f.nullScore;
    perfectScore += f.perfectScore;
  }
  return normalizeNabScore(score, nullScore, perfectScore);
}

/**
 * nabScore of flagging every row whose score is at least `threshold` (NaN never flags), as NAB
 * turns a detector's anomaly_score column into detections.
 */
export function nabScoreAtThreshold(timestamps: ArrayLike<number>, scores: ArrayLike<number>, threshold: number, windows: readonly NabWindow[], options: NabOptions = {}): NabResult {
  const flagged = new Uint8Array(scores.length);
  for (let i = 0; i < scores.length; i++) flagged[i] = scores[i] >= threshold ? 1 : 0;
  return nabScore(timestamps, flagged, windows, options);
}

/**
 * The rows each window covers, sorted by start and without rows claimed twice: overlapping
 * windows would be scored twice, so a later window starts after the previous one ends. Windows
 * that hold no row are dropped.
 */
function windowRows(timestamps: ArrayLike<number>, windows: readonly NabWindow[]): { startIndex: number; endIndex: number }[] {
  const sorted = [...windows].sort((a, b) => a[0] - b[0]);
  const spans: { startIndex: number; endIndex: number }[] = [];
  let from = 0;
  for (const [start, end] of sorted) {
    const startIndex = Math.max(from, lowerBound(timestamps, start));
    const endIndex = lowerBound(timestamps, end, true) - 1;
    if (endIndex < startIndex) continue;
    spans.push({ startIndex, endIndex });
    from = endIndex + 1;
  }
  return spans;
}

/** The first index whose timestamp is at least `t` (or, with `after`, greater than `t`). */
function lowerBound(timestamps: ArrayLike<number>, t: number, after = false): number {
  let lo = 0;
  let hi = timestamps.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (timestamps[mid] < t || (after && timestamps[mid] === t)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
