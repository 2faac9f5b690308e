import type { EventRecall } from './events';
import { nabCorpusScore, type NabResult } from './nab';
import type { ThresholdMetrics } from './threshold';

/**
 * One detector's figures on one labelled dataset, with the snake_case keys that `evaluate-results.json`
 * and other tools read. Undefined values (nothing flagged, no events) are null.
 */
export interface DetectorFigures {
  /** Point-wise, at the automatic threshold (or the one the user set). */
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** The best point-wise F1 over all thresholds: it reads the labels, so no detector could pick it alone. */
  best_f1: number | null;
  average_precision: number | null;
  /** Share of labelled events with at least one flagged row. */
  event_recall: number | null;
  /** Harmonic mean of event recall and point precision (Garg et al., 2021): finding events without crying wolf. */
  composite_f1: number | null;
  /** NAB standard profile, normalised for this file alone (0 flags nothing, 100 perfect); the raw parts let a set be normalised as NAB does. */
  nab_score: number | null;
  nab_raw: number | null;
  nab_null: number | null;
  nab_perfect: number | null;
  threshold: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** What one detector's evaluation is made of. */
export interface DetectorInput {
  metrics: ThresholdMetrics;
  events: EventRecall | null;
  averagePrecision: number | null;
  bestF1: number | null;
  nab: NabResult | null;
}

const finite = (value: number | null | undefined): number | null => (value !== null && value !== undefined && Number.isFinite(value) ? value : null);

/** Harmonic mean of event recall and point precision; null when either is undefined, 0 when both are 0. */
export function compositeF1(precision: number | null, eventRecall: number | null): number | null {
  if (precision === null || eventRecall === null) return null;
  return precision + eventRecall > 0 ? (2 * precision * eventRecall) / (precision + eventRecall) : 0;
}

/** Flattens one detector's metrics into the report's figures. */
export function detectorFigures({ metrics, events, averagePrecision, bestF1, nab }: DetectorInput): DetectorFigures {
  const precision = finite(metrics.precision);
  const eventRecall = finite(events?.overall.recall);
  return {
    precision,
    recall: finite(metrics.recall),
    f1: finite(metrics.f1),
    best_f1: finite(bestF1),
    average_precision: finite(averagePrecision),
    event_recall: eventRecall,
    composite_f1: compositeF1(precision, eventRecall),
    nab_score: finite(nab?.normalizedScore),
    nab_raw: finite(nab?.score),
    nab_null: finite(nab?.nullScore),
    nab_perfect: finite(nab?.perfectScore),
    threshold: metrics.threshold,
    tp: metrics.tp,
    fp: metrics.fp,
    fn: metrics.fn,
    tn: metrics.tn,
  };
}

/** The figures every detector's mean is taken over (NAB is normalised over the set instead: see meanFigures). */
const AVERAGED = ['precision', 'recall', 'f1', 'best_f1', 'average_precision', 'event_recall', 'composite_f1'] as const;
type Averaged = (typeof AVERAGED)[number];

/** A set's mean: each figure averaged over the files that define it, and NAB normalised over the whole set, as NAB reports a corpus. */
export type MeanFigures = Record<Averaged, number | null> & { nab_score: number | null; files: number };

/** Mean figures over files; the NAB score is 100 · Σ(raw − null) / Σ(perfect − null), not a mean of per-file scores. */
export function meanFigures(files: readonly DetectorFigures[]): MeanFigures {
  const mean = (key: Averaged): number | null => {
    const values = files.map((f) => f[key]).filter((v): v is number => v !== null);
    return values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : null;
  };
  const withNab = files.flatMap((f) =>
    f.nab_raw !== null && f.nab_null !== null && f.nab_perfect !== null ? [{ score: f.nab_raw, nullScore: f.nab_null, perfectScore: f.nab_perfect }] : [],
  );
  const nab = withNab.length > 0 ? finite(nabCorpusScore(withNab)) : null;
  return { ...(Object.fromEntries(AVERAGED.map((key) => [key, mean(key)])) as Record<Averaged, number | null>), nab_score: nab, files: files.length };
}
