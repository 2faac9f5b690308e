import { describe, expect, it } from 'vitest';
import { eventRecall } from './events';
import { incidentFigures } from './incidentMatch';
import { nabScore, type NabResult } from './nab';
import { baselineWins, compositeF1, detectorFigures, meanFigures, type DetectorFigures } from './report';
import { metricsAtThreshold } from './threshold';

describe('compositeF1', () => {
  it('is the harmonic mean of point precision and event recall', () => {
    expect(compositeF1(0.5, 1)).toBeCloseTo(2 / 3, 12);
    expect(compositeF1(0, 0)).toBe(0);
    expect(compositeF1(null, 1)).toBeNull();
  });
});

describe('detectorFigures', () => {
  // Rows 2–3 and 7 are anomalies (two events); the threshold 0.5 flags rows 2, 5 and 7.
  const scores = Float32Array.from([0.1, 0.2, 0.9, 0.3, 0.1, 0.6, 0.2, 0.8]);
  const labels = Uint8Array.from([0, 0, 1, 1, 0, 0, 0, 1]);
  const events = [
    { type: 'Labelled anomaly' as const, startIndex: 2, endIndex: 3 },
    { type: 'Labelled anomaly' as const, startIndex: 7, endIndex: 7 },
  ];

  it('flattens the counts and rates computed by hand', () => {
    const figures = detectorFigures({
      metrics: metricsAtThreshold(scores, labels, 0.5),
      events: eventRecall(scores, events, 0.5),
      averagePrecision: 0.8,
      bestF1: 0.9,
      nab: null,
      incidents: null,
    });
    // tp = 2 (rows 2, 7), fp = 1 (row 5), fn = 1 (row 3), tn = 4.
    expect(figures).toMatchObject({ tp: 2, fp: 1, fn: 1, tn: 4, threshold: 0.5, best_f1: 0.9, average_precision: 0.8, nab_score: null });
    expect(figures.precision).toBeCloseTo(2 / 3, 12);
    expect(figures.recall).toBeCloseTo(2 / 3, 12);
    expect(figures.event_recall).toBe(1);
    expect(figures.composite_f1).toBeCloseTo((2 * (2 / 3)) / (2 / 3 + 1), 12);
    expect(figures).toMatchObject({ incidents: null, incident_precision: null, false_alarms_per_day: null, event_recall_by_type: { 'Labelled anomaly': 1 } });
  });

  it('carries the incident figures', () => {
    // One row a day: incidents at rows 2 and 5 over 7 days, the first inside an event.
    const timestamps = Float64Array.from({ length: 8 }, (_, i) => i * 86_400_000);
    const incidents = incidentFigures([{ startRow: 2, endRow: 2 }, { startRow: 5, endRow: 5 }], events, timestamps);
    const figures = detectorFigures({ metrics: metricsAtThreshold(scores, labels, 0.5), events: null, averagePrecision: null, bestF1: null, nab: null, incidents });
    expect(figures).toMatchObject({ incidents: 2, incident_precision: 0.5, event_recall_by_type: null });
    expect(figures.false_alarms_per_day).toBeCloseTo(1 / 7, 12);
  });

  it('writes null, not NaN, when nothing is flagged', () => {
    const figures = detectorFigures({ metrics: metricsAtThreshold(scores, labels, 2), events: eventRecall(scores, events, 2), averagePrecision: null, bestF1: null, nab: null, incidents: null });
    expect(figures.precision).toBeNull();
    expect(figures.recall).toBe(0);
    expect(figures.composite_f1).toBeNull();
    expect(JSON.parse(JSON.stringify(figures))).toEqual(figures);
  });
});

describe('meanFigures', () => {
  const file = (precision: number | null, nab: Pick<NabResult, 'score' | 'nullScore' | 'perfectScore'> | null): DetectorFigures => ({
    precision,
    recall: 0.5,
    f1: 0.5,
    best_f1: 0.5,
    average_precision: 0.5,
    event_recall: 1,
    composite_f1: 0.5,
    nab_score: null,
    nab_raw: nab?.score ?? null,
    nab_null: nab?.nullScore ?? null,
    nab_perfect: nab?.perfectScore ?? null,
    incidents: 4,
    incident_precision: precision,
    false_alarms_per_day: 2,
    event_recall_by_type: null,
    threshold: 1,
    tp: 0,
    fp: 0,
    fn: 0,
    tn: 0,
  });

  it('averages each figure over the files that define it', () => {
    const mean = meanFigures([file(0.2, null), file(null, null), file(0.6, null)]);
    expect(mean.precision).toBeCloseTo(0.4, 12);
    expect(mean.files).toBe(3);
    expect(mean.nab_score).toBeNull();
    expect(mean).toMatchObject({ incidents: 4, false_alarms_per_day: 2, event_recall_by_type: null });
    expect(mean.incident_precision).toBeCloseTo(0.4, 12);
  });

  it('averages event recall per type over the files that have the type', () => {
    const mean = meanFigures([
      { ...file(1, null), event_recall_by_type: { 'Disk Fill': 0.5, 'Memory Leak': 1 } },
      { ...file(1, null), event_recall_by_type: { 'Disk Fill': 1, Flatline: null } },
      file(1, null),
    ]);
    expect(mean.event_recall_by_type).toEqual({ 'Disk Fill': 0.75, 'Memory Leak': 1, Flatline: null });
  });

  it('normalises NAB over the set, not per file', () => {
    // File A: raw 0 in [-2, 2]; file B: raw 1 in [-1, 1]. Summed: 100 · (1 − (−3)) / (3 − (−3)) = 66.7, not the mean of 50 and 100.
    const mean = meanFigures([file(1, { score: 0, nullScore: -2, perfectScore: 2 }), file(1, { score: 1, nullScore: -1, perfectScore: 1 })]);
    expect(mean.nab_score).toBeCloseTo(200 / 3, 10);
  });

  it('keeps the raw NAB parts of a real scoring', () => {
    const timestamps = Float64Array.from({ length: 40 }, (_, i) => i * 60_000);
    const result = nabScore(timestamps, Uint8Array.from({ length: 40 }, (_, i) => (i === 30 ? 1 : 0)), [[timestamps[30], timestamps[33]]], { probationPercent: 0 });
    const figures = detectorFigures({ metrics: metricsAtThreshold(new Float32Array(40), new Uint8Array(40), 1), events: null, averagePrecision: null, bestF1: null, nab: result, incidents: null });
    expect(figures.nab_score).toBeCloseTo(100, 6);
    expect(meanFigures([figures]).nab_score).toBeCloseTo(100, 6);
  });
});

describe('baselineWins', () => {
  const figures = (best: number | null, composite: number | null, incidents: number | null) =>
    ({ best_f1: best, composite_f1: composite, incident_precision: incidents }) as DetectorFigures;

  it('says where a baseline beats the detector, and nothing where none does', () => {
    const detector = figures(0.3, 0.5, 0.6);
    expect(baselineWins(detector, [{ name: 'PCA', figures: figures(0.35, 0.4, null) }, { name: 'z', figures: figures(0.1, 0.2, 0.5) }])).toEqual([
      'PCA beats the autoencoder here on best F1 (0.350 vs 0.300).',
    ]);
    expect(baselineWins(detector, [{ name: 'z', figures: figures(0.31, 0.55, 0.7) }])).toEqual([
      'z beats the autoencoder here on best F1 (0.310 vs 0.300), composite F1 (0.550 vs 0.500), incident precision (0.700 vs 0.600).',
    ]);
    expect(baselineWins(figures(0.9, 0.9, 1), [{ name: 'PCA', figures: figures(0.3, 0.3, 0.3) }])).toEqual([]);
  });
});
