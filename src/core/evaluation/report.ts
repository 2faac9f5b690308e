import type { EventRecall } from './events';
import type { IncidentFigures } from './incidentMatch';
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
  /** Incidents (runs of flags an operator is alerted to) and how many of them a labelled event explains; see incidentFigures. */
  incidents: number | null;
  incident_precision: number | null;
  false_alarms_per_day: number | null;
  /** Event recall per labelled type (`{"Disk Fill": 0.98, ...}`); null without events, a type's value null when none of its events was scored. */
  event_recall_by_type: Record<string, number | null> | null;
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
  /** From incidentFigures; null when incidents were not evaluated. */
  incidents: IncidentFigures | null;
}

const finite = (value: number | null | undefined): number | null => (value !== null && value !== undefined && Number.isFinite(value) ? value : null);

/** Harmonic mean of event recall and point precision; null when either is undefined, 0 when both are 0. */
export function compositeF1(precision: number | null, eventRecall: number | null): number | null {
  if (precision === null || eventRecall === null) return null;
  return precision + eventRecall > 0 ? (2 * precision * eventRecall) / (precision + eventRecall) : 0;
}

/** Flattens one detector's metrics into the report's figures. */
export function detectorFigures({ metrics, events, averagePrecision, bestF1, nab, incidents }: DetectorInput): DetectorFigures {
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
    incidents: incidents?.incidents ?? null,
    incident_precision: finite(incidents?.incident_precision),
    false_alarms_per_day: finite(incidents?.false_alarms_per_day),
    event_recall_by_type: events ? Object.fromEntries(events.byType.map((r) => [r.type, finite(r.recall)])) : null,
    threshold: metrics.threshold,
    tp: metrics.tp,
    fp: metrics.fp,
    fn: metrics.fn,
    tn: metrics.tn,
  };
}

/** The figures every detector's mean is taken over (NAB is normalised over the set instead: see meanFigures). */
const AVERAGED = [
  'precision',
  'recall',
  'f1',
  'best_f1',
  'average_precision',
  'event_recall',
  'composite_f1',
  'incidents',
  'incident_precision',
  'false_alarms_per_day',
] as const;
type Averaged = (typeof AVERAGED)[number];

/** A set's mean: each figure averaged over the files that define it, and NAB normalised over the whole set, as NAB reports a corpus. */
export type MeanFigures = Record<Averaged, number | null> & {
  nab_score: number | null;
  /** Per type, the mean of the per-file recalls over the files that have that type (each file weighs the same, however many events it has); null when no file has events. */
  event_recall_by_type: Record<string, number | null> | null;
  files: number;
};

const meanOf = (values: readonly (number | null)[]): number | null => {
  const defined = values.filter((v): v is number => v !== null);
  return defined.length > 0 ? defined.reduce((a, b) => a + b, 0) / defined.length : null;
};

/** Per type, the mean recall over the files whose events include that type; types in the order first met. */
function meanByType(files: readonly DetectorFigures[]): Record<string, number | null> | null {
  const byType = new Map<string, (number | null)[]>();
  for (const file of files) {
    for (const [type, recall] of Object.entries(file.event_recall_by_type ?? {})) {
      const recalls = byType.get(type) ?? [];
      recalls.push(recall);
      byType.set(type, recalls);
    }
  }
  return files.some((f) => f.event_recall_by_type !== null) ? Object.fromEntries([...byType].map(([type, recalls]) => [type, meanOf(recalls)])) : null;
}

/**
 * Mean figures over files; the NAB score is 100 · Σ(raw − null) / Σ(perfect − null), not a mean of per-file scores,
 * and the per-type event recall is the mean of the files' per-type recalls (see MeanFigures).
 */
export function meanFigures(files: readonly DetectorFigures[]): MeanFigures {
  const mean = (key: Averaged): number | null => meanOf(files.map((f) => f[key]));
  const withNab = files.flatMap((f) =>
    f.nab_raw !== null && f.nab_null !== null && f.nab_perfect !== null ? [{ score: f.nab_raw, nullScore: f.nab_null, perfectScore: f.nab_perfect }] : [],
  );
  const nab = withNab.length > 0 ? finite(nabCorpusScore(withNab)) : null;
  return {
    ...(Object.fromEntries(AVERAGED.map((key) => [key, mean(key)])) as Record<Averaged, number | null>),
    nab_score: nab,
    event_recall_by_type: meanByType(files),
    files: files.length,
  };
}

/** A detector's figures under the name people read. */
export interface NamedFigures {
  name: string;
  figures: DetectorFigures;
}

const WIN_MEASURES = [
  { key: 'best_f1', label: 'best F1' },
  { key: 'composite_f1', label: 'composite F1' },
  { key: 'incident_precision', label: 'incident precision' },
] as const;

/**
 * Plain sentences for every measure on which a baseline does better than the detector, e.g.
 * "PCA reconstruction error beats the autoencoder on best F1 (0.324 vs 0.291).": said, not hidden.
 */
export function baselineWins(detector: DetectorFigures, baselines: readonly NamedFigures[]): string[] {
  return baselines.flatMap(({ name, figures }) => {
    const won = WIN_MEASURES.filter(({ key }) => figures[key] !== null && detector[key] !== null && figures[key]! > detector[key]!);
    if (won.length === 0) return [];
    const parts = won.map(({ key, label }) => `${label} (${figures[key]!.toFixed(3)} vs ${detector[key]!.toFixed(3)})`);
    return [`${name} beats the autoencoder here on ${parts.join(', ')}.`];
  });
}
