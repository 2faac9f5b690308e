// Measures how well training settings find the generator's injected anomalies, to choose the defaults: trains around a
// centre (default: the current defaults) varying one factor at a time, once per seed (generator seed 42 + s - 1, model seed s),
// and scores every row of the dataset it trained on, as the app does.
// `npx tsx src/lab/measureDefaults.ts [--months 2] [--seeds 1,2] [--window k] [--sizes 32,8] [--batch 256] [--vary window,sizes,batch]`
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import { DEFAULT_CONFIG } from '../core/config';
import { eventRecall } from '../core/evaluation/events';
import { rankingMetrics } from '../core/evaluation/ranking';
import { scoresByRow } from '../core/evaluation/rowScores';
import { scoresForType } from '../core/evaluation/truth';
import { generateDataset } from '../core/generator/generate';
import { fitPreprocessing, type PreparedData } from '../core/preprocess/fit';
import { allRows, buildMatrix, type RowMatrix } from '../core/preprocess/matrix';
import { DEFAULT_WINDOW } from '../core/preprocess/options';
import { DEFAULT_TRAIN_CONFIG } from '../core/trainConfig';
import { ANOMALY_TYPES, labelCode } from '../shared/anomaly';
import type { Dataset } from '../shared/dataset';
import { buildAutoencoder } from '../ml/autoencoder';
import { fixed, mean, printTable, rowErrors, SHORT_TYPES, startWasmInNode, withSeeds } from './measureSupport';
import { trainAutoencoder } from '../ml/train';

/** One point of the grid. */
interface Setting {
  window: number;
  sizes: number[];
  batch: number;
}

/** What one training run scored. */
interface Outcome {
  ap: number;
  auc: number;
  f1: number;
  /** Event recall overall and per type at the threshold that flags 1 % of the normal rows. */
  recall: number;
  recallByType: number[];
  apByType: number[];
  seconds: number;
  epochs: number;
}

const { values: args } = parseArgs({
  options: {
    months: { type: 'string', default: '2' },
    seeds: { type: 'string', default: '1,2' },
    window: { type: 'string', default: String(DEFAULT_WINDOW) },
    sizes: { type: 'string', default: DEFAULT_TRAIN_CONFIG.encoderSizes.join(',') },
    batch: { type: 'string', default: String(DEFAULT_TRAIN_CONFIG.batchSize) },
    vary: { type: 'string', default: 'window,sizes,batch' },
  },
});
const numbers = (text: string) => text.split(/[,\s]+/).filter(Boolean).map(Number);
const months = Number(args.months);
const seeds = numbers(args.seeds);
const centre: Setting = { window: Number(args.window), sizes: numbers(args.sizes), batch: Number(args.batch) };
const GRID = {
  window: [1, 4, 8, 16].map((window) => ({ ...centre, window })),
  sizes: [[16, 4], [32, 16, 4], [32, 8], [8, 2]].map((sizes) => ({ ...centre, sizes })),
  batch: [256, 1024, 4096].map((batch) => ({ ...centre, batch })),
};
/** Share of normal rows the comparison threshold flags: a fixed false-alarm rate makes settings comparable. */
const FALSE_ALARM_RATE = 0.01;

const nameOf = (s: Setting) => `k=${s.window} [${s.sizes.join(',')}] b=${s.batch}`;

/** Every setting to run once per seed: the centre, then each factor varied alone, without repeats. */
function settings(): Setting[] {
  const all = [centre, ...args.vary.split(',').flatMap((factor) => GRID[factor as keyof typeof GRID] ?? [])];
  return [...new Map(all.map((s) => [nameOf(s), s])).values()];
}

/** The score that flags `rate` of the normal rows (NaN scores left out). */
function falseAlarmThreshold(scores: Float32Array, labels: Uint8Array, rate: number): number {
  const normal = scores.filter((s, r) => labels[r] === 0 && !Number.isNaN(s)).sort();
  return normal[Math.min(normal.length - 1, Math.floor(normal.length * (1 - rate)))];
}

async function run(dataset: Dataset, prepared: PreparedData, all: RowMatrix, setting: Setting, seed: number): Promise<Outcome> {
  const config = { ...DEFAULT_TRAIN_CONFIG, encoderSizes: setting.sizes, batchSize: setting.batch, seed };
  const model = buildAutoencoder(prepared.preprocessing.inputWidth, config.encoderSizes, seed);
  try {
    const history = await trainAutoencoder(model, prepared.train.matrix, prepared.validation.matrix, config, { backend: tf.getBackend() });
    const scores = scoresByRow(dataset.timestamps.length, all.rows, await rowErrors(model, all.matrix));
    const labels = dataset.labels!;
    const ranking = rankingMetrics(scores, labels);
    const recall = eventRecall(scores, dataset.events, falseAlarmThreshold(scores, labels, FALSE_ALARM_RATE));
    return {
      ap: ranking.averagePrecision,
      auc: ranking.rocAuc,
      f1: ranking.bestF1?.f1 ?? Number.NaN,
      recall: recall.overall.recall,
      recallByType: ANOMALY_TYPES.map((type) => recall.byType.find((r) => r.type === type)?.recall ?? Number.NaN),
      apByType: ANOMALY_TYPES.map((type) => rankingMetrics(scoresForType(scores, labels, labelCode(type)), labels).averagePrecision),
      seconds: history.seconds,
      epochs: history.loss.length,
    };
  } finally {
    model.dispose();
  }
}

function printTables(results: Map<string, Outcome[]>, eventCounts: number[]): void {
  const rate = `${FALSE_ALARM_RATE * 100}%`;
  const rows = [...results].map(([name, outcomes]) => {
    const pick = (f: (o: Outcome) => number) => outcomes.map(f);
    return [name, withSeeds(pick((o) => o.ap)), withSeeds(pick((o) => o.auc)), withSeeds(pick((o) => o.f1)),
      withSeeds(pick((o) => o.recall)), withSeeds(pick((o) => o.seconds), 1), pick((o) => o.epochs).join('/')];
  });
  printTable(`months ${months}, seeds ${seeds.join(',')}: mean (min–max over seeds)`,
    ['setting', 'avg precision', 'ROC AUC', 'best F1', `event recall @${rate} FA`, 'train s', 'epochs'], rows);
  for (const [title, field] of [[`event recall by type @${rate} false alarms (mean of seeds; events over all seeds in brackets)`, 'recallByType'],
    ['average precision by type (its rows vs normal rows; mean of seeds)', 'apByType']] as const) {
    printTable(title, ['setting', ...SHORT_TYPES.map((name, t) => `${name} (${eventCounts[t]})`)],
      [...results].map(([name, outcomes]) => [name, ...SHORT_TYPES.map((_, t) => fixed(mean(outcomes.map((o) => o[field][t])), 2))]));
  }
}

async function main(): Promise<void> {
  await startWasmInNode();

  const grid = settings();
  const results = new Map(grid.map((s) => [nameOf(s), [] as Outcome[]]));
  const eventCounts = ANOMALY_TYPES.map(() => 0);
  for (const seed of seeds) {
    const dataset = generateDataset({ ...DEFAULT_CONFIG, months, seed: DEFAULT_CONFIG.seed + seed - 1 });
    console.log(`seed ${seed}: ${dataset.timestamps.length} rows, ${dataset.events.length} events`);
    for (const event of dataset.events) eventCounts[labelCode(event.type) - 1]++;
    for (const window of new Set(grid.map((s) => s.window))) {
      const prepared = fitPreprocessing(dataset, { window, context: true, validationSplit: DEFAULT_TRAIN_CONFIG.validationSplit });
      const all = buildMatrix(dataset, prepared.preprocessing, allRows(dataset.timestamps.length));
      for (const setting of grid.filter((s) => s.window === window)) {
        const outcome = await run(dataset, prepared, all, setting, seed);
        results.get(nameOf(setting))!.push(outcome);
        console.log(`  ${nameOf(setting).padEnd(24)} AP ${fixed(outcome.ap)}  AUC ${fixed(outcome.auc)}  F1 ${fixed(outcome.f1)}  ` +
          `events ${fixed(outcome.recall, 2)}  ${outcome.seconds.toFixed(1)} s, ${outcome.epochs} epochs`);
      }
    }
  }
  printTables(results, eventCounts);
}

await main();
