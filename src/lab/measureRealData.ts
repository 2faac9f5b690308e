// Measures the app's default pipeline on the real benchmark sets (SMD machine-2-1, ASD omi-1..4, NAB realAWSCloudwatch)
// beside the PCA and rolling z-score baselines, for issue 5's closing note. The autoencoder is trained as the app trains it
// (fitPreprocessing, DEFAULT_TRAIN_CONFIG, chronological 20 % validation) and flags at DEFAULT_THRESHOLD_RULE on its
// validation errors; PCA is fitted on the same scaled training matrix, the z-score reads the raw values, and each baseline's
// threshold comes from the same rule on its own validation rows. SMD/ASD train on `train/` and are judged on `test/`; NAB
// trains on the probationary 15 % (`--nab-train probation`, nothing NAB scores is seen) or, as a user who uploads one file and
// trains on it would, on the whole file (`all`), and is judged after the probation.
// `npx tsx src/lab/measureRealData.ts [dataDir] [--seeds 1,2,3] [--nab-windows 1,12] [--nab-train probation,all] [--sets smd,asd,nab]`
// (dataDir defaults to $SHARED_DATA, then ../shared/data beside the repository; absent data is skipped). Exploration off the
// app's defaults: `--epochs 50`, `--server-window 4` (SMD/ASD), `--context off|on` instead of the app's choice, `--pca metrics`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import { parseLabelLines, parseNumberRows } from '../core/baselines/benchmarkText';
import { fitPca, pcaScores } from '../core/baselines/pca';
import { rollingZScores, rowsInSpan } from '../core/baselines/rollingZScore';
import { findIncidents } from '../core/detection/incidents';
import { falseAlarmRate, sortScores } from '../core/detection/sortedScores';
import { computeThreshold, describeRule, DEFAULT_THRESHOLD_RULE } from '../core/detection/thresholds';
import { eventRecall, labelRuns } from '../core/evaluation/events';
import { nabCorpusScore, nabScore, nabScoreAtThreshold, probationLength, type NabResult, type NabWindow } from '../core/evaluation/nab';
import { nabWindowsOf, parseNabCsv } from '../core/evaluation/nabFiles';
import { rankingMetrics } from '../core/evaluation/ranking';
import { scoresByRow } from '../core/evaluation/rowScores';
import { metricsAtThreshold } from '../core/evaluation/threshold';
import { fitPreprocessing, type PreparedData } from '../core/preprocess/fit';
import { allRows, buildMatrix } from '../core/preprocess/matrix';
import { DEFAULT_WINDOW } from '../core/preprocess/options';
import { MS_PER_DAY, MS_PER_MINUTE } from '../core/time';
import { DEFAULT_TRAIN_CONFIG } from '../core/trainConfig';
import { LABELLED_CODE } from '../shared/anomaly';
import type { Dataset } from '../shared/dataset';
import type { Matrix } from '../shared/model';
import { buildAutoencoder } from '../ml/autoencoder';
import { fixed, mean, printTable, rowErrors, startWasmInNode } from './measureSupport';
import { trainAutoencoder } from '../ml/train';

/** One evaluation: what to train on, what to score, and the truth of the scored rows. */
interface Case {
  name: string;
  train: Dataset;
  /** The dataset scored; its rows before `judgedFrom` (NAB's probation) count in no metric. */
  test: Dataset;
  truth: Uint8Array;
  judgedFrom: number;
  /** Raw values of the train rows then the test rows (the same rows for NAB), for the rolling z-score. */
  raw: Matrix;
  /** Row of `raw` where the test rows begin. */
  testOffset: number;
  window: number;
  nab?: { windows: NabWindow[]; file: string };
}

/** Scores to judge and the threshold set on the validation rows. */
interface Judged {
  scores: Float32Array;
  threshold: number;
  validationFlagged: number;
}

/** One detector's scores on one case. */
interface Figures {
  bestF1: number;
  ap: number;
  precision: number;
  recall: number;
  f1: number;
  events: number;
  flagged: number;
  /** Share of the detector's own validation rows its threshold flags: what the rule promises for normal data. */
  validationFlagged: number;
  nab: NabResult | null;
  /** NAB with only the first row of each of the app's incidents as a detection: its alarms, not its flagged rows. */
  nabStarts: NabResult | null;
}

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    seeds: { type: 'string', default: String(DEFAULT_TRAIN_CONFIG.seed) },
    'nab-windows': { type: 'string', default: `${DEFAULT_WINDOW},12` },
    'nab-train': { type: 'string', default: 'probation,all' },
    sets: { type: 'string', default: 'smd,asd,nab' },
    // Exploration only: the defaults are what a user gets (context `auto`: on for real timestamps).
    epochs: { type: 'string', default: String(DEFAULT_TRAIN_CONFIG.epochs) },
    'server-window': { type: 'string', default: String(DEFAULT_WINDOW) },
    context: { type: 'string', default: 'auto' },
    // `input`: PCA on the autoencoder's own input matrix; `metrics`: on the scaled metrics alone (one step, no time features).
    pca: { type: 'string', default: 'input' },
  },
});
const list = (text: string) => text.split(/[,\s]+/).filter(Boolean);
const seeds = list(args.seeds).map(Number);
const sets = list(args.sets);
const trainConfig = { ...DEFAULT_TRAIN_CONFIG, epochs: Number(args.epochs) };
const context = args.context === 'auto' ? {} : { context: args.context === 'on' };
const dataDir = path.resolve(positionals[0] ?? process.env.SHARED_DATA ?? fileURLToPath(new URL('../../../shared/data', import.meta.url)));
const read = (file: string) => readFileSync(file, 'utf8');
/** An arbitrary start for data without timestamps; only the spacing matters, and context features are off for them. */
const MADE_UP_START = Date.UTC(2024, 0, 1);

/** A dataset as the app holds it; `headerless` marks timestamps made up on import, which turns context features off. */
function makeDataset(name: string, timestamps: Float64Array, data: Matrix, keys: string[], labels: Uint8Array | null, headerless: boolean): Dataset {
  const n = timestamps.length;
  const columns = keys.map((key, c) => ({ key, label: key, values: Float32Array.from({ length: n }, (_, r) => data.values[r * data.cols + c]) }));
  const intervalMs = n > 1 ? timestamps[1] - timestamps[0] : 0;
  const report = {
    fileName: name, format: 'headerless' as const, bytesRead: 0, rowsRead: n, rowsImported: n, skipped: { count: 0, examples: [] },
    duplicatesDropped: 0, intervalMs, gaps: { count: 0, missingRows: 0, longest: null }, filledRows: 0, alignedRows: 0, labels: null,
  };
  return {
    meta: {
      id: name, name, source: 'upload', createdAt: 0, rowCount: n, columnKeys: keys, start: timestamps[0], end: timestamps[n - 1], intervalMs,
      sizeBytes: n * (8 + 4 * keys.length), eventCount: 0, hasLabels: labels !== null, ...(headerless ? { report } : {}),
    },
    timestamps,
    columns,
    labels: labels && labels.map((l) => (l ? LABELLED_CODE : 0)),
    events: [],
  };
}

const spaced = (rows: number, intervalMs: number, start: number) => Float64Array.from({ length: rows }, (_, r) => start + r * intervalMs);

function joinRows(a: Matrix, b: Matrix): Matrix {
  const values = new Float32Array(a.values.length + b.values.length);
  values.set(a.values);
  values.set(b.values, a.values.length);
  return { values, rows: a.rows + b.rows, cols: a.cols };
}

/** An SMD or ASD machine: train/ is one headerless upload, test/ (with its labels) another that continues it in time. */
function serverCase(dir: string, name: string, intervalMs: number): Case | null {
  const file = (part: string) => path.join(dataDir, dir, part, `${name}.txt`);
  if (!['train', 'test', 'test_label'].every((part) => existsSync(file(part)))) return null;
  const train = parseNumberRows(read(file('train')));
  const test = parseNumberRows(read(file('test')));
  const truth = parseLabelLines(read(file('test_label')));
  if (truth.length !== test.rows) throw new RangeError(`${dir} ${name}: ${truth.length} labels for ${test.rows} test rows.`);
  const keys = Array.from({ length: train.cols }, (_, c) => `col${c + 1}`);
  return {
    name: `${dir} ${name}`,
    train: makeDataset(`${name} train`, spaced(train.rows, intervalMs, MADE_UP_START), train, keys, null, true),
    test: makeDataset(`${name} test`, spaced(test.rows, intervalMs, MADE_UP_START + train.rows * intervalMs), test, keys, truth, true),
    truth,
    judgedFrom: 0,
    raw: joinRows(train, test),
    testOffset: train.rows,
    window: Number(args['server-window']),
  };
}

/** The first `rows` rows of a dataset, as if only they had been uploaded. */
function headOf(dataset: Dataset, rows: number): Dataset {
  return {
    ...dataset,
    meta: { ...dataset.meta, rowCount: rows, end: dataset.timestamps[rows - 1] },
    timestamps: dataset.timestamps.slice(0, rows),
    columns: dataset.columns.map((c) => ({ ...c, values: c.values.slice(0, rows) })),
    labels: dataset.labels && dataset.labels.slice(0, rows),
  };
}

/** The NAB AWS files, one case per file, window and training choice; rows are kept as in the file, as NAB scores them. */
function nabCases(windows: number[], trainOn: string[]): [string, Case[]][] {
  const dir = path.join(dataDir, 'NAB/data/realAWSCloudwatch');
  const windowsPath = path.join(dataDir, 'NAB/labels/combined_windows.json');
  if (!existsSync(dir) || !existsSync(windowsPath)) return [];
  const windowsJson = JSON.parse(read(windowsPath)) as unknown;
  const files = readdirSync(dir).filter((name) => name.endsWith('.csv')).sort().map((file) => {
    const table = parseNabCsv(read(path.join(dir, file)));
    const nabWindows = nabWindowsOf(windowsJson, `realAWSCloudwatch/${file}`);
    const truth = Uint8Array.from(table.timestamps, (t) => (nabWindows.some(([start, end]) => t >= start && t <= end) ? 1 : 0));
    const values = Float32Array.from(table.columns.value);
    const raw = { values, rows: values.length, cols: 1 };
    return { file, nabWindows, truth, raw, dataset: makeDataset(file, table.timestamps, raw, ['value'], truth, false) };
  });
  const title = (window: number, mode: string) =>
    `NAB realAWSCloudwatch, window k=${window}, trained on ${mode === 'all' ? 'the whole file' : 'the probationary 15 %'}`;
  return trainOn.flatMap((mode) => windows.map((window): [string, Case[]] => [title(window, mode), files.map((f): Case => {
    const probation = probationLength(f.raw.rows);
    const train = mode === 'all' ? f.dataset : headOf(f.dataset, probation);
    return { name: f.file.replace('.csv', ''), train, test: f.dataset, truth: f.truth, judgedFrom: probation, raw: f.raw, testOffset: 0, window,
      nab: { windows: f.nabWindows, file: f.file } };
  })]));
}

/** Scores in test-row order (NaN where unscored or before `judgedFrom`) and the threshold the default rule sets on `validation`. */
function judged(c: Case, scores: Float32Array, validation: ArrayLike<number>): Judged {
  const out = scores.slice();
  out.fill(Number.NaN, 0, c.judgedFrom);
  const reference = sortScores(validation);
  const threshold = computeThreshold(reference, DEFAULT_THRESHOLD_RULE);
  return { scores: out, threshold, validationFlagged: falseAlarmRate(reference, threshold) };
}

function figuresOf(c: Case, { scores, threshold, validationFlagged }: Judged): Figures {
  const ranking = rankingMetrics(scores, c.truth);
  const at = metricsAtThreshold(scores, c.truth, threshold);
  return {
    bestF1: ranking.bestF1?.f1 ?? Number.NaN,
    ap: ranking.averagePrecision,
    precision: at.precision,
    recall: at.recall,
    f1: at.f1,
    events: eventRecall(scores, labelRuns(c.truth), threshold).overall.recall,
    flagged: (at.tp + at.fp) / (at.tp + at.fp + at.fn + at.tn),
    validationFlagged,
    nab: c.nab ? nabScoreAtThreshold(c.test.timestamps, scores, threshold, c.nab.windows) : null,
    nabStarts: c.nab ? nabScore(c.test.timestamps, incidentStarts(c.test.timestamps, scores, threshold), c.nab.windows) : null,
  };
}

function incidentStarts(timestamps: Float64Array, scores: Float32Array, threshold: number): Uint8Array {
  const flags = new Uint8Array(scores.length);
  for (const incident of findIncidents(timestamps, scores, threshold)) flags[incident.startRow] = 1;
  return flags;
}

/** PCA on the autoencoder's own training matrix and a one-day rolling z-score, each thresholded on its validation rows. */
function baselines(c: Case, prepared: PreparedData, input: { rows: Uint32Array; matrix: Matrix }): [Figures, Figures] {
  const { preprocessing: p } = prepared;
  const metricsOnly = { ...p, window: 1, context: false, inputWidth: p.features.length };
  const matrix = (dataset: Dataset, rows: ArrayLike<number>) => buildMatrix(dataset, metricsOnly, rows);
  const [train, validation, test] = args.pca === 'metrics'
    ? [matrix(c.train, prepared.train.rows), matrix(c.train, prepared.validation.rows), matrix(c.test, allRows(c.test.timestamps.length))]
    : [prepared.train, prepared.validation, input];
  const pca = fitPca(train.matrix);
  const pcaTest = scoresByRow(c.test.timestamps.length, test.rows, pcaScores(pca, test.matrix));
  const z = rollingZScores(c.raw, { window: rowsInSpan(MS_PER_DAY, c.test.meta.intervalMs) });
  const zValidation = Array.from(prepared.validation.rows, (r) => z[r]);
  return [
    figuresOf(c, judged(c, pcaTest, pcaScores(pca, validation.matrix))),
    figuresOf(c, judged(c, z.slice(c.testOffset, c.testOffset + c.test.timestamps.length), zValidation)),
  ];
}

/** Trains the default autoencoder on the case's training part and scores its test part as the app does. */
async function autoencoder(c: Case, prepared: PreparedData, test: { rows: Uint32Array; matrix: Matrix }, seed: number): Promise<Figures> {
  const config = { ...trainConfig, seed };
  const model = buildAutoencoder(prepared.preprocessing.inputWidth, config.encoderSizes, seed);
  try {
    const history = await trainAutoencoder(model, prepared.train.matrix, prepared.validation.matrix, config, { backend: tf.getBackend() });
    const scores = scoresByRow(c.test.timestamps.length, test.rows, await rowErrors(model, test.matrix));
    const figures = figuresOf(c, judged(c, scores, await rowErrors(model, prepared.validation.matrix)));
    console.log(`  ${c.name} seed ${seed}: ${history.loss.length} epochs (best ${history.bestEpoch + 1}) in ${history.seconds.toFixed(1)} s, ` +
      `best F1 ${fixed(figures.bestF1)}, F1 @auto ${fixed(figures.f1)}, flagged ${fixed(100 * figures.flagged, 2)} %`);
    return figures;
  } finally {
    model.dispose();
  }
}

/** Every detector's figures on one case: the autoencoder once per seed, the deterministic baselines once. */
async function measure(c: Case): Promise<{ ae: Figures[]; pca: Figures; z: Figures; note: string }> {
  const prepared = fitPreprocessing(c.train, { window: c.window, validationSplit: trainConfig.validationSplit, ...context });
  const test = buildMatrix(c.test, prepared.preprocessing, allRows(c.test.timestamps.length));
  const [pca, z] = baselines(c, prepared, test);
  const ae: Figures[] = [];
  for (const seed of seeds) ae.push(await autoencoder(c, prepared, test, seed));
  const outside = outOfRangeShare(test.matrix, prepared.preprocessing.features.length * c.window);
  const events = labelRuns(c.truth.subarray(c.judgedFrom)).length;
  const note = `${prepared.train.matrix.rows}/${prepared.validation.matrix.rows}/${test.matrix.rows}, ${events}, ${prepared.preprocessing.inputWidth}, ${fixed(100 * outside, 1)} %`;
  return { ae, pca, z, note };
}

/** Share of scaled metric values of the scored rows outside the training range [0, 1], which the sigmoid output cannot reach. */
function outOfRangeShare(m: Matrix, metricCols: number): number {
  let outside = 0;
  for (let r = 0; r < m.rows; r++) {
    for (let c = 0; c < metricCols; c++) {
      const v = m.values[r * m.cols + c];
      if (v < 0 || v > 1) outside++;
    }
  }
  return outside / Math.max(1, m.rows * metricCols);
}

type Measured = Awaited<ReturnType<typeof measure>>;
const METRICS: [string, (f: Figures) => number][] = [
  ['best F1', (f) => f.bestF1], ['AP', (f) => f.ap], ['P @auto', (f) => f.precision], ['R @auto', (f) => f.recall],
  ['F1 @auto', (f) => f.f1], ['event R @auto', (f) => f.events], ['flagged %', (f) => 100 * f.flagged],
  ['val flagged %', (f) => 100 * f.validationFlagged],
];
const NAB_RAW: [string, (f: Figures) => number][] = [['NAB raw', (f) => f.nab?.score ?? Number.NaN],
  ['NAB raw, starts', (f) => f.nabStarts?.score ?? Number.NaN]];
const digitsOf = (metric: string) => (metric.endsWith('%') || metric.startsWith('NAB') ? 1 : 3);
/** "AE / PCA / z" with the autoencoder's mean over seeds. */
const cell = (m: Measured, metric: (f: Figures) => number, digits: number) =>
  [mean(m.ae.map(metric)), metric(m.pca), metric(m.z)].map((x) => fixed(x, digits)).join(' / ');

function printFamily(title: string, cases: Case[], results: Measured[]): void {
  const metrics = cases[0].nab ? [...METRICS, ...NAB_RAW] : METRICS;
  const rows = results.map((m, i) => [cases[i].name, ...metrics.map(([name, f]) => cell(m, f, digitsOf(name))), m.note]);
  const meanOf = (f: (x: Figures) => number, pick: (m: Measured) => Figures[]) => mean(results.map((m) => mean(pick(m).map(f))));
  const byDetector = [(m: Measured) => m.ae, (m: Measured) => [m.pca], (m: Measured) => [m.z]];
  rows.push(['mean', ...metrics.map(([name, f]) => byDetector.map((pick) => fixed(meanOf(f, pick), digitsOf(name))).join(' / ')), '']);
  printTable(`${title}: AE / PCA / rolling z (AE: mean of seeds ${seeds.join(',')}); threshold ${describeRule(DEFAULT_THRESHOLD_RULE)} on each ` +
    "detector's validation rows", ['data set', ...metrics.map(([name]) => name), 'train/val/scored rows, events, input width, scored values outside [0,1]'], rows);
  if (seeds.length > 1) {
    printTable(`${title}: autoencoder per seed (${seeds.join(' | ')})`, ['data set', ...metrics.slice(0, 6).map(([name]) => name)],
      results.map((m, i) => [cases[i].name, ...metrics.slice(0, 6).map(([, f]) => m.ae.map((a) => fixed(f(a))).join(' | '))]));
  }
  if (!cases[0].nab) return;
  const corpus = (pick: (m: Measured) => Figures[], field: 'nab' | 'nabStarts') => {
    const perSeed = pick(results[0]).map((_, s) => nabCorpusScore(results.map((m) => pick(m)[s][field]!)));
    return `${fixed(mean(perSeed), 1)}${perSeed.length > 1 ? ` (${perSeed.map((x) => fixed(x, 1)).join(' | ')})` : ''}`;
  };
  for (const [field, what] of [['nab', 'every flagged row'], ['nabStarts', 'incident starts only']] as const) {
    console.log(`NAB standard score over the ${results.length} files (corpus-normalised at the automatic threshold, ${what}): ` +
      `AE ${corpus((m) => m.ae, field)}, PCA ${corpus((m) => [m.pca], field)}, rolling z ${corpus((m) => [m.z], field)}`);
  }
}

/** Numenta HTM's published per-row scores at its published standard threshold: the reference a NAB score is read against. */
function numentaCorpus(cases: Case[]): string {
  const thresholds = path.join(dataDir, 'NAB/config/thresholds.json');
  if (!existsSync(thresholds)) return '–';
  const threshold = (JSON.parse(read(thresholds)) as Record<string, Record<string, { threshold: number }>>).numenta.standard.threshold;
  const results = cases.map((c) => {
    const file = path.join(dataDir, 'NAB/results/numenta/realAWSCloudwatch', `numenta_${c.nab!.file}`);
    return existsSync(file) ? nabScoreAtThreshold(c.test.timestamps, parseNabCsv(read(file)).columns.anomaly_score, threshold, c.nab!.windows) : null;
  });
  return results.every((r) => r !== null) ? fixed(nabCorpusScore(results as NabResult[]), 1) : '–';
}

async function main(): Promise<void> {
  if (!existsSync(dataDir)) {
    console.log(`No shared data at ${dataDir}: nothing to measure (pass the folder as the first argument or set SHARED_DATA).`);
    return;
  }
  await startWasmInNode();
  console.log(`Data ${dataDir}; training ${JSON.stringify({ ...trainConfig, seed: undefined })}, seeds ${seeds.join(',')}, context ${args.context}, PCA on ${args.pca}`);
  const families: [string, Case[]][] = [];
  const server = (title: string, cases: (Case | null)[]): [string, Case[]] =>
    [`${title}, context ${args.context === 'auto' ? 'off (made-up times)' : args.context}, window k=${args['server-window']}`, cases.filter((c) => c !== null)];
  if (sets.includes('smd')) families.push(server('SMD (60 s apart)', [serverCase('SMD', 'machine-2-1', MS_PER_MINUTE)]));
  if (sets.includes('asd')) families.push(server('ASD (300 s apart)', [1, 2, 3, 4].map((i) => serverCase('ASD', `omi-${i}`, 5 * MS_PER_MINUTE))));
  if (sets.includes('nab')) {
    const nab = nabCases(list(args['nab-windows']).map(Number), list(args['nab-train']));
    families.push(...(nab.length > 0 ? nab : [['NAB realAWSCloudwatch', []] as [string, Case[]]]));
  }
  for (const [title, cases] of families) {
    if (cases.length === 0) {
      console.log(`\n${title}: absent, skipped`);
      continue;
    }
    console.log(`\n${title}`);
    const results: Measured[] = [];
    for (const c of cases) results.push(await measure(c));
    printFamily(title, cases, results);
    if (cases[0].nab) console.log(`Numenta HTM (published scores and threshold) on the same files: ${numentaCorpus(cases)}`);
  }
}

await main();
