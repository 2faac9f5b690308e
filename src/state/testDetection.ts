import { testDataset } from '../persistence/testDataset';
import { testErrors, testModelMeta } from '../persistence/testModel';
import type { DatasetScores } from '../shared/scoring';
import { assembleDetection } from './detectionBuild';
import type { Detection } from './detectionJob';

/** For tests: `rows` rows of testDataset scored 0.2, and 50 at each of `spikes`, by a model of cpu and ram. */
export function testDetection(rows: number, spikes: readonly number[]): Detection {
  const base = testModelMeta('m', 1);
  const meta = { ...base, preprocessing: { ...base.preprocessing, features: ['cpu', 'ram'] } };
  const scores: DatasetScores = {
    rowScores: Float32Array.from({ length: rows }, (_, i) => (spikes.includes(i) ? 50 : 0.2)),
    metricErrors: new Float32Array(rows * 2).fill(0.1),
    expected: new Float32Array(rows * 2),
    scoredRows: Uint32Array.from({ length: rows }, (_, i) => i),
    ranking: null,
    errorBins: [],
    baselines: null,
    backend: 'cpu',
    seconds: 0,
  };
  return assembleDetection(testDataset('a', 0, rows), scores, { meta, errors: testErrors(), baselines: null });
}
