// Times scoring the default 6 months in Node (wasm), whole and by step, to find where detection spends its time:
// `LAB_SCORING=1 npx vitest run --config src/lab/vitest.config.ts scoring` (add NODE_OPTIONS=--cpu-prof for a profile).
import { test } from 'vitest';
import { startWasmInNode } from './measureSupport';
import { DEFAULT_CONFIG } from '../core/config';
import { generateDataset } from '../core/generator/generate';
import { trainModel } from '../ml/trainModel';
import { scoreDataset } from '../ml/scoreDataset';
import { allRows, buildMatrix, featureColumns, rowTimes } from '../core/preprocess/matrix';
import { forEachDifference } from '../ml/score';
import { fromArtifacts } from '../ml/modelArtifacts';
import { expectedValues, normaliseErrors } from '../core/detection/scoreProfile';
import { scoreBaselines } from '../core/baselines/baselineProfile';
import { rangeFloors, rowsRangeExcess } from '../core/detection/rangeRule';
import { rankingOfSorted, sortByTruth } from '../core/evaluation/ranking';
import { curveOfSorted } from '../core/evaluation/prCurve';
import { alarmThresholds } from '../state/detectionBuild';
import { DEFAULT_TRAIN_SETTINGS, trainRequest } from '../state/trainSettings';

test.skipIf(!process.env.LAB_SCORING)('scoring speed', async () => {
  await startWasmInNode();
  const dataset = generateDataset(DEFAULT_CONFIG);
  const settings = { ...DEFAULT_TRAIN_SETTINGS, config: { ...DEFAULT_TRAIN_SETTINGS.config, epochs: 1 }, backend: 'wasm' as const };
  const result = await trainModel(dataset, trainRequest(settings, dataset));
  const meta = { id: 'lab', name: 'lab', preprocessing: result.preprocessing, threshold: undefined };
  const thresholds = alarmThresholds({ meta, errors: result.errors, baselines: result.baselines });
  const request = { artifacts: result.artifacts, preprocessing: result.preprocessing, backend: 'wasm' as const, baselines: result.baselines, trainingErrors: result.errors.training, alarmThresholds: thresholds };
  const time = async (name: string, step: () => unknown) => {
    const started = performance.now();
    await step();
    console.log(`  ${name}: ${((performance.now() - started) / 1000).toFixed(3)} s`);
  };
  const { preprocessing } = result;
  const input = buildMatrix(dataset, preprocessing, allRows(dataset.timestamps.length));
  await time('buildMatrix', () => buildMatrix(dataset, preprocessing, allRows(dataset.timestamps.length)));
  const model = await fromArtifacts(result.artifacts);
  await time('forward only', () => forEachDifference(model, input.matrix, 8192, () => {}));
  const times = rowTimes(dataset.timestamps, input.rows);
  const columns = featureColumns(dataset, preprocessing.features) as Float32Array[];
  const width = preprocessing.inputWidth;
  const squared = new Float32Array(8192 * width);
  await time('forward + normalise + expected', () =>
    forEachDifference(model, input.matrix, 8192, (differences, start, count) => {
      for (let k = 0; k < count * width; k++) squared[k] = differences[k] * differences[k];
      normaliseErrors(squared.subarray(0, count * width), times.subarray(start, start + count), preprocessing);
      expectedValues(differences, input.rows.subarray(start, start + count), columns, preprocessing);
    }),
  );
  model.dispose();
  await time('baselines', () => scoreBaselines(dataset, preprocessing, result.baselines));
  const rule = preprocessing.scoring!.rangeRule!;
  await time('range rule', () => rowsRangeExcess(dataset.timestamps, columns, rule, rangeFloors(rule, preprocessing.min, preprocessing.max)));
  const labels = dataset.labels!;
  const scores = new Float32Array(dataset.timestamps.length).map(() => Math.random());
  // As scoreDataset ranks each of its three score sets: one sort serves the metrics and the curve.
  await time('ranking and curve ×3', () =>
    [0, 1, 2].map(() => {
      const sorted = sortByTruth(scores, labels);
      return [rankingOfSorted(sorted), curveOfSorted(sorted, 200)];
    }),
  );
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    await scoreDataset(dataset, request);
    const seconds = (performance.now() - started) / 1000;
    console.log(`run ${run}: ${seconds.toFixed(2)} s, ${Math.round(dataset.timestamps.length / seconds).toLocaleString('en')} rows/s`);
  }
});
