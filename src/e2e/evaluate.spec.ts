import Papa from 'papaparse';
import { runCase } from '../bench/evaluateRun';
import { setMeans } from '../bench/evaluateSets';
import { DEFAULT_CONFIG } from '../core/config';
import { generateDataset } from '../core/generator/generate';
import { DEFAULT_WINDOW } from '../core/preprocess/options';
import { expect, test } from './fixtures';
import { DetectPage } from './pages/DetectPage';

const TINY = { seed: 7, months: 1, intervalSeconds: 300 };

test('the evaluate harness reports the figures the flagged rows give when counted here', async ({ app }) => {
  test.setTimeout(300_000);
  await app.goto();
  const report = await runCase(app.page, { kind: 'generated', name: 'tiny', ...TINY });
  const csv = await new DetectPage(app).download('Download anomalies CSV');

  // The same configuration generates the same rows here, so its labels and events are the truth.
  const dataset = generateDataset({ ...DEFAULT_CONFIG, ...TINY });
  const rows = dataset.timestamps.length;
  expect(report.dataset.rows).toBe(rows);
  // Every row is scored but the first ones, whose window is not yet full.
  expect(report.dataset.scored_rows).toBe(rows - (DEFAULT_WINDOW - 1));
  const flaggedTimes = new Set(Papa.parse<{ timestamp: string }>(csv.text, { header: true, skipEmptyLines: true }).data.map((r) => Date.parse(r.timestamp)));
  const flagged = Array.from(dataset.timestamps, (t) => flaggedTimes.has(t));
  expect(flagged.filter(Boolean).length).toBe(flaggedTimes.size);
  expect(flaggedTimes.size).toBeGreaterThan(0);

  const firstScored = DEFAULT_WINDOW - 1;
  const count = (flag: boolean, anomaly: boolean) => dataset.labels!.filter((label, r) => r >= firstScored && flagged[r] === flag && (label !== 0) === anomaly).length;
  const [tp, fp, fn, tn] = [count(true, true), count(true, false), count(false, true), count(false, false)];
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  const caught = dataset.events.filter((e) => flagged.slice(e.startIndex, e.endIndex + 1).some(Boolean)).length;
  const eventRecall = caught / dataset.events.length;

  const d = report.detector;
  expect({ tp: d.tp, fp: d.fp, fn: d.fn, tn: d.tn }).toEqual({ tp, fp, fn, tn });
  expect(d.precision).toBeCloseTo(precision, 10);
  expect(d.recall).toBeCloseTo(recall, 10);
  expect(d.f1).toBeCloseTo((2 * precision * recall) / (precision + recall), 10);
  expect(d.event_recall).toBeCloseTo(eventRecall, 10);
  expect(d.composite_f1).toBeCloseTo((2 * precision * eventRecall) / (precision + eventRecall), 10);
  // Best F1 searches every threshold, the automatic one among them.
  expect(d.best_f1!).toBeGreaterThanOrEqual(d.f1! - 1e-9);
  expect(report.pca).not.toBeNull();
  expect(report.zscore).not.toBeNull();

  const mean = setMeans([{ name: 'tiny', seconds: 0, ...report }]);
  expect(mean.detector.f1).toBeCloseTo(d.f1!, 12);
  expect(mean.pca.precision).toBe(report.pca!.precision);
});
