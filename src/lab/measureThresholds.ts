// Measures automatic threshold rules on the generator's ground truth, to choose DEFAULT_THRESHOLD_RULE: trains the default
// model once per seed (generator seed 42 + s - 1, model seed s), takes the validation rows' errors as the reference, scores
// every row as the app does and reports precision, recall, F1, flagged share and event recall per type at each rule's threshold.
// `npx tsx src/lab/measureThresholds.ts [--months 6] [--seeds 1,2,3] [--cache /tmp/thresholds] [--stillness on|off] [--epochs 10]`: the cache keeps each seed's scores
// between runs (keyed by months and seed only: empty it after changing the model or its defaults).
import { mkdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import { DEFAULT_CONFIG } from '../core/config';
import { computeThreshold, describeRule, DEFAULT_THRESHOLD_RULE, type ThresholdRule } from '../core/detection/thresholds';
import { falseAlarmRate, sortScores, type SortedScores } from '../core/detection/sortedScores';
import { eventRecall } from '../core/evaluation/events';
import { rankingMetrics } from '../core/evaluation/ranking';
import { scoresByRow } from '../core/evaluation/rowScores';
import { metricsAtThreshold } from '../core/evaluation/threshold';
import { generateDataset } from '../core/generator/generate';
import { fitPreprocessing } from '../core/preprocess/fit';
import { allRows, buildMatrix } from '../core/preprocess/matrix';
import { DEFAULT_STILLNESS, DEFAULT_WINDOW } from '../core/preprocess/options';
import { DEFAULT_TRAIN_CONFIG } from '../core/trainConfig';
import { ANOMALY_TYPES, labelCode, type AnomalyEvent } from '../shared/anomaly';
import type { Dataset } from '../shared/dataset';
import { buildAutoencoder } from '../ml/autoencoder';
import { fixed, mean, printTable, rowErrors, SHORT_TYPES, startWasmInNode, withSeeds } from './measureSupport';
import { trainAutoencoder } from '../ml/train';

/** The errors one trained model gave: its training rows, its validation rows (the reference) and every dataset row. */
interface Scored {
  train: Float32Array;
  validation: Float32Array;
  rows: Float32Array;
}

/** A candidate: a rule on the validation errors, or the original tool's 95th percentile of the training errors. */
interface Candidate {
  name: string;
  threshold: (train: Float32Array, reference: SortedScores) => number;
}

/** What one candidate scored on one seed. */
interface Outcome {
  precision: number;
  recall: number;
  f1: number;
  flagged: number;
  referenceRate: number;
  events: number;
  eventsByType: number[];
}

const { values: args } = parseArgs({
  options: {
    months: { type: 'string', default: '6' },
    seeds: { type: 'string', default: '1,2,3' },
    cache: { type: 'string' },
    // on / off: the unchanged-metrics input (Preprocessing.stillness); default: the app's default.
    stillness: { type: 'string' },
    // Exploration off the app's defaults: training epochs.
    epochs: { type: 'string', default: String(DEFAULT_TRAIN_CONFIG.epochs) },
  },
});
const stillness = args.stillness === undefined ? DEFAULT_STILLNESS : args.stillness === 'on';
const months = Number(args.months);
const seeds = args.seeds.split(/[,\s]+/).filter(Boolean).map(Number);
/** Event recall every type should reach (issue 5), for the "needed" row. */
const TARGET_EVENT_RECALL = 0.98;

const onValidation = (rule: ThresholdRule): Candidate => ({ name: describeRule(rule), threshold: (_, reference) => computeThreshold(reference, rule) });
const RULES: ThresholdRule[] = [
  { kind: 'quantile', q: 0.97 },
  { kind: 'quantile', q: 0.98 },
  { kind: 'quantile', q: 0.99 },
  { kind: 'quantile', q: 0.995 },
  { kind: 'quantile', q: 0.999 },
  { kind: 'meanStd', k: 2 },
  { kind: 'meanStd', k: 3 },
  { kind: 'meanStd', k: 5 },
  { kind: 'logMad', k: 2.5 },
  { kind: 'logMad', k: 3 },
  { kind: 'logMad', k: 3.5 },
  { kind: 'logMad', k: 4 },
  { kind: 'pot', initialQuantile: 0.9, risk: 1e-2 },
  { kind: 'pot', initialQuantile: 0.95, risk: 1e-2 },
  { kind: 'pot', initialQuantile: 0.98, risk: 1e-3 },
  { kind: 'pot', initialQuantile: 0.98, risk: 1e-4 },
  { kind: 'pot', initialQuantile: 0.98, risk: 1e-5 },
  { kind: 'pot', initialQuantile: 0.99, risk: 1e-4 },
];
const CANDIDATES: Candidate[] = [
  { name: 'original: 95th pct of training errors', threshold: (train) => computeThreshold(train, { kind: 'quantile', q: 0.95 }) },
  ...RULES.map(onValidation),
];

/** Trains the default model on the dataset and scores its training, validation and all rows. */
async function trainAndScore(dataset: Dataset, seed: number): Promise<Scored> {
  const config = { ...DEFAULT_TRAIN_CONFIG, epochs: Number(args.epochs), seed };
  const prepared = fitPreprocessing(dataset, { window: DEFAULT_WINDOW, context: true, stillness, validationSplit: config.validationSplit });
  const all = buildMatrix(dataset, prepared.preprocessing, allRows(dataset.timestamps.length));
  const model = buildAutoencoder(prepared.preprocessing.inputWidth, config.encoderSizes, seed);
  try {
    const history = await trainAutoencoder(model, prepared.train.matrix, prepared.validation.matrix, config, { backend: tf.getBackend() });
    console.log(`  trained in ${history.seconds.toFixed(1)} s, ${history.loss.length} epochs`);
    return {
      train: await rowErrors(model, prepared.train.matrix),
      validation: await rowErrors(model, prepared.validation.matrix),
      rows: scoresByRow(dataset.timestamps.length, all.rows, await rowErrors(model, all.matrix)),
    };
  } finally {
    model.dispose();
  }
}

/** Scores from the cache folder when present, else trained and written there. */
async function scoresFor(dataset: Dataset, seed: number): Promise<Scored> {
  const file = args.cache ? path.join(args.cache, `scores-m${months}-s${seed}.json`) : null;
  if (file && existsSync(file)) {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Record<keyof Scored, (number | null)[]>;
    const back = (xs: (number | null)[]) => Float32Array.from(xs, (x) => x ?? Number.NaN);
    return { train: back(saved.train), validation: back(saved.validation), rows: back(saved.rows) };
  }
  const scored = await trainAndScore(dataset, seed);
  if (file) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ train: [...scored.train], validation: [...scored.validation], rows: [...scored.rows] }));
  }
  return scored;
}

function evaluate(dataset: Dataset, scored: Scored, threshold: number): Outcome {
  const labels = dataset.labels!;
  const at = metricsAtThreshold(scored.rows, labels, threshold);
  const recall = eventRecall(scored.rows, dataset.events, threshold);
  return {
    precision: at.precision,
    recall: at.recall,
    f1: at.f1,
    flagged: (at.tp + at.fp) / (at.tp + at.fp + at.fn + at.tn),
    referenceRate: falseAlarmRate(scored.validation, threshold),
    events: recall.overall.recall,
    eventsByType: ANOMALY_TYPES.map((type) => recall.byType.find((r) => r.type === type)?.recall ?? Number.NaN),
  };
}

/** The highest threshold at which every type's event recall reaches the target: what the aim costs in precision. */
function thresholdForEventTarget(scores: Float32Array, events: readonly AnomalyEvent[]): number {
  let threshold = Infinity;
  for (const type of ANOMALY_TYPES) {
    const peaks = events.filter((e) => e.type === type).map((e) => eventPeak(scores, e)).filter((p) => !Number.isNaN(p));
    if (peaks.length === 0) continue;
    peaks.sort((a, b) => b - a);
    threshold = Math.min(threshold, peaks[Math.ceil(TARGET_EVENT_RECALL * peaks.length) - 1]);
  }
  return threshold;
}

function eventPeak(scores: Float32Array, event: AnomalyEvent): number {
  let peak = -Infinity;
  for (let r = Math.max(0, event.startIndex); r <= Math.min(scores.length - 1, event.endIndex); r++) {
    if (scores[r] > peak) peak = scores[r]; // false for NaN
  }
  return peak === -Infinity ? Number.NaN : peak;
}

function printTables(results: Map<string, Outcome[]>, eventCounts: number[]): void {
  const pick = (outcomes: Outcome[], f: (o: Outcome) => number) => outcomes.map(f);
  printTable(`months ${months}, seeds ${seeds.join(',')}: mean (min–max over seeds)`,
    ['threshold', 'precision', 'recall', 'F1', 'flagged', 'validation flagged', 'event recall'],
    [...results].map(([name, o]) => [name, withSeeds(pick(o, (x) => x.precision)), withSeeds(pick(o, (x) => x.recall)),
      withSeeds(pick(o, (x) => x.f1)), withSeeds(pick(o, (x) => x.flagged * 100), 2) + ' %',
      withSeeds(pick(o, (x) => x.referenceRate * 100), 3) + ' %', withSeeds(pick(o, (x) => x.events))]));
  printTable('event recall by type (mean of seeds; events over all seeds in brackets)',
    ['threshold', ...SHORT_TYPES.map((name, t) => `${name} (${eventCounts[t]})`)],
    [...results].map(([name, o]) => [name, ...SHORT_TYPES.map((_, t) => fixed(mean(o.map((x) => x.eventsByType[t])), 2))]));
}

async function main(): Promise<void> {
  await startWasmInNode();
  const rows = [...CANDIDATES.map((c) => c.name), `needed for event recall ≥ ${TARGET_EVENT_RECALL} per type`, 'best F1 (oracle)'];
  const results = new Map(rows.map((name) => [name, [] as Outcome[]]));
  const eventCounts = ANOMALY_TYPES.map(() => 0);
  for (const seed of seeds) {
    const dataset = generateDataset({ ...DEFAULT_CONFIG, months, seed: DEFAULT_CONFIG.seed + seed - 1 });
    console.log(`seed ${seed}: ${dataset.timestamps.length} rows, ${dataset.events.length} events`);
    for (const event of dataset.events) eventCounts[labelCode(event.type) - 1]++;
    const scored = await scoresFor(dataset, seed);
    const reference = sortScores(scored.validation);
    const thresholds = [
      ...CANDIDATES.map((c) => c.threshold(scored.train, reference)),
      thresholdForEventTarget(scored.rows, dataset.events),
      rankingMetrics(scored.rows, dataset.labels!).bestF1?.threshold ?? Number.NaN,
    ];
    rows.forEach((name, i) => {
      const outcome = evaluate(dataset, scored, thresholds[i]);
      results.get(name)!.push(outcome);
      console.log(`  ${name.padEnd(52)} ${thresholds[i].toExponential(3)}  P ${fixed(outcome.precision)}  R ${fixed(outcome.recall)}  ` +
        `F1 ${fixed(outcome.f1)}  flagged ${fixed(outcome.flagged * 100, 2)} %  events ${fixed(outcome.events)}`);
    });
  }
  printTables(results, eventCounts);
  console.log(`\ndefault: ${describeRule(DEFAULT_THRESHOLD_RULE)}`);
}

await main();
