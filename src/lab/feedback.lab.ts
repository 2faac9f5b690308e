// Does retraining with a "not an anomaly" mark lower the incident count? The feedback E2E's month, in Node:
// `LAB_FEEDBACK=3 [LAB_MARK=2024-01-14] npx vitest run --config src/lab/vitest.config.ts feedback` (the window; the marked incident's start, default the highest).
// LAB_NO_RANGE=1 scores without the day-range rule.
import { test } from 'vitest';
import { startWasmInNode } from './measureSupport';
import { scoreDataset } from '../ml/scoreDataset';
import { trainModel } from '../ml/trainModel';
import { alarmThresholds, assembleDetection } from '../state/detectionBuild';
import { DEFAULT_TRAIN_SETTINGS, trainRequest } from '../state/trainSettings';
import { DEFAULT_CONFIG } from '../core/config';
import { generateDataset } from '../core/generator/generate';
import { findIncidents } from '../core/detection/incidents';

test.skipIf(!process.env.LAB_FEEDBACK)('feedback repro', async () => {
  await startWasmInNode();
  const dataset = generateDataset({ ...DEFAULT_CONFIG, months: 1, intervalSeconds: 300, seed: 5, startDate: '2024-01-01' });
  const window = Number(process.env.LAB_FEEDBACK);
  const settings = { ...DEFAULT_TRAIN_SETTINGS, window, backend: 'wasm' as const };
  const run = async (feedback: { start: number; end: number }[]) => {
    const request = { ...trainRequest(settings, dataset), feedback };
    const result = await trainModel(dataset, request);
    const meta = { id: 'lab', name: 'lab', preprocessing: result.preprocessing, threshold: undefined };
    const alarms = alarmThresholds({ meta, errors: result.errors, baselines: result.baselines });
    const scores = await scoreDataset(dataset, { artifacts: result.artifacts, preprocessing: result.preprocessing, backend: 'wasm', baselines: result.baselines, trainingErrors: result.errors.training, alarmThresholds: process.env.LAB_NO_RANGE ? undefined : alarms });
    const d = assembleDetection(dataset, scores, { meta, errors: result.errors, baselines: result.baselines });
    const incidents = findIncidents(dataset.timestamps, scores.rowScores, d.autoThreshold, { cooldownMs: d.cooldownMs });
    console.log(`window ${window} feedback ${feedback.length}: ${incidents.length} incidents, threshold ${d.autoThreshold.toFixed(3)}, feedbackRows ${result.feedbackRows}, range margins ${result.preprocessing.scoring?.rangeRule?.floors?.map((f) => f.toFixed(1)).join(' ') ?? 'default'}`);
    for (const i of incidents) console.log(`  ${new Date(i.start).toISOString()} rows ${i.endRow - i.startRow + 1} peak ${(i.peakScore / d.autoThreshold).toFixed(2)}`);
    return incidents;
  };
  const first = await run([]);
  const top = process.env.LAB_MARK ? first.find((i) => new Date(i.start).toISOString().startsWith(process.env.LAB_MARK!))! : [...first].sort((a, b) => b.peakScore - a.peakScore)[0];
  await run([{ start: top.start, end: top.end }]);
});
