// The evaluate command's pipeline in Node, without the browser: the app's importer, training, scoring and
// evaluation report on each case, with each case's scores dumped to LAB_OUT for rule experiments offline.
// `LAB_SETS="../shared/data/SMD generated:43" npx vitest run --config src/lab/vitest.config.ts evaluate`
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'vitest';
import { startWasmInNode } from './measureSupport';
import { scoreDataset } from '../ml/scoreDataset';
import { scoreBaselines } from '../core/baselines/baselineProfile';
import { trainModel } from '../ml/trainModel';
import { alarmThresholds, assembleDetection } from '../state/detectionBuild';
import { evaluationReport } from '../state/evaluationReport';
import { DEFAULT_TRAIN_SETTINGS, trainRequest } from '../state/trainSettings';
import { labCases } from './labCases';
import { inThreadReplicas } from '../ml/dataParallel';

const sets = (process.env.LAB_SETS ?? '').split(/\s+/).filter(Boolean);
const out = process.env.LAB_OUT ?? '/tmp/lab';
const f3 = (x: number | null | undefined) => (x == null || Number.isNaN(x) ? '  -  ' : x.toFixed(3));

test.skipIf(sets.length === 0)('evaluate in Node', async () => {
  await startWasmInNode();
  mkdirSync(out, { recursive: true });
  for (const labCase of sets.flatMap(labCases)) {
    const started = Date.now();
    const { train, test: scored } = await labCase.load();
    // LAB_TRAIN='{"window":4}' overrides the Train panel's defaults for an experiment.
    const overrides = JSON.parse(process.env.LAB_TRAIN ?? '{}') as Partial<typeof DEFAULT_TRAIN_SETTINGS>;
    const settings = { ...DEFAULT_TRAIN_SETTINGS, ...overrides, backend: 'wasm' as const };
    // Long runs train data-parallel as the browser's train worker does (both replicas in this thread, the same
    // arithmetic), so the figures are npm run evaluate's; LAB_REPLICAS=1 trains on one replica for a before/after.
    const result = await trainModel(train, trainRequest(settings, train), undefined, process.env.LAB_REPLICAS === '1' ? undefined : inThreadReplicas);
    const { history } = result;
    console.log(`${labCase.name}: trained ${history.seconds.toFixed(1)} s, ${history.loss.length} epochs of ${history.trainRows} rows, validation loss ${history.valLoss.map((v) => v.toExponential(3)).join(' ')}`);
    const meta = { id: 'lab', name: 'lab', preprocessing: result.preprocessing, threshold: undefined };
    // LAB_NO_RANGE=1 scores without the day-range rule's alarms, for a before/after.
    const thresholds = process.env.LAB_NO_RANGE ? undefined : alarmThresholds({ meta, errors: result.errors, baselines: result.baselines });
    const scores = await scoreDataset(scored, {
      artifacts: result.artifacts,
      preprocessing: result.preprocessing,
      backend: 'wasm',
      baselines: result.baselines,
      trainingErrors: result.errors.training,
      alarmThresholds: thresholds,
    });
    const detection = assembleDetection(scored, scores, { meta, errors: result.errors, baselines: result.baselines });
    const report = evaluationReport(detection, detection.autoThreshold);
    const line = (name: string, d: NonNullable<typeof report>['detector'] | null) =>
      d
        ? `${name} bF1 ${f3(d.best_f1)} cF1 ${f3(d.composite_f1)} P ${f3(d.precision)} R ${f3(d.recall)} nab ${f3(d.nab_score)} inc ${d.incidents} iP ${f3(d.incident_precision)} fa ${f3(d.false_alarms_per_day)} evR ${f3(d.event_recall)} raw ${f3(d.nab_raw)} null ${f3(d.nab_null)} perfect ${f3(d.nab_perfect)}`
        : `${name} -`;
    console.log(`${labCase.set} ${labCase.name} (${((Date.now() - started) / 1000).toFixed(0)} s)\n  ${line('ae ', report?.detector ?? null)}\n  ${line('pca', report?.pca ?? null)}\n  ${line('z  ', report?.zscore ?? null)}`);
    if (report) console.log(`  by type ${report.events_by_type.map((t) => `${t.type} ${f3(t.recall)}`).join(', ')}`);
    const dir = path.join(out, `${labCase.set}-${labCase.name}`.replace(/[^\w.-]+/g, '_'));
    mkdirSync(dir, { recursive: true });
    const dump = (name: string, array: ArrayBufferView) => writeFileSync(path.join(dir, name), new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
    dump('scores.f32', scores.rowScores);
    dump('timestamps.f64', scored.timestamps);
    if (scored.labels) dump('labels.u8', scored.labels);
    dump('validation.f32', result.errors.validation);
    dump('training.f32', result.errors.training);
    dump('metricErrors.f32', scores.metricErrors);
    dump('scoredRows.u32', scores.scoredRows);
    const baselineScores = scoreBaselines(scored, result.preprocessing, result.baselines);
    dump('zscore.f32', baselineScores.zscore);
    dump('zreference.f32', result.baselines.zReference);
    writeFileSync(path.join(dir, 'report.json'), JSON.stringify({ report, threshold: detection.autoThreshold, features: result.preprocessing.features, smoothRows: result.preprocessing.scoring?.smoothRows, events: scored.events.map((e) => [e.type, e.startIndex, e.endIndex]) }, null, 1));
  }
});
