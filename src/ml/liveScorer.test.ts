import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { tinyDataset } from '../core/preprocess/testData';
import { openLiveScorer } from './liveScorer';
import { scoreDataset } from './scoreDataset';
import { testConfig, useCpuBackend } from './testing';
import { trainModel } from './trainModel';

beforeAll(useCpuBackend);

const wave = (n: number, phase: number) => Array.from({ length: n }, (_, i) => 0.5 + 0.3 * Math.sin(i / 9 + phase));
const slice = (values: number[], from: number) => values.slice(from);

describe('openLiveScorer', () => {
  it('scores the newest rows of a rolling view as the whole dataset scores them, with one model load and no leaked tensors', async () => {
    const trained = await trainModel(tinyDataset({ cpu: wave(300, 0), mem: wave(300, 1) }), {
      preprocess: { context: false, window: 3 },
      config: testConfig({ epochs: 2 }),
      backend: 'cpu',
    });
    const cpu = wave(80, 2);
    const mem = wave(80, 3);
    cpu[75] = 4;
    const whole = tinyDataset({ cpu, mem });
    const reference = await scoreDataset(whole, { artifacts: trained.artifacts, preprocessing: trained.preprocessing, backend: 'cpu', baselines: null, trainingErrors: new Float32Array(0) });

    const before = tf.memory().numTensors;
    const scorer = await openLiveScorer({ artifacts: trained.artifacts, preprocessing: trained.preprocessing, backend: 'cpu' });
    // A view of the last 20 rows whose last 8 are new: the 12 older ones give the windows their history.
    const view = tinyDataset({ cpu: slice(cpu, 60), mem: slice(mem, 60) }, { start: whole.timestamps[60] });
    const live = await scorer.score(view, 12);
    expect(Array.from(live.rows)).toEqual([12, 13, 14, 15, 16, 17, 18, 19]);
    expect(live.featureErrors).toHaveLength(8 * trained.preprocessing.inputWidth);
    const { inputWidth: width, window, features } = trained.preprocessing;
    const newest = (window - 1) * features.length;
    const referenceRows = Array.from(reference.scoredRows);
    live.rows.forEach((row, i) => {
      const at = referenceRows.indexOf(60 + row);
      // The same reconstruction as scoring the whole dataset: the expected values agree.
      trained.preprocessing.features.forEach((_, f) => {
        const range = trained.preprocessing.max[f] - trained.preprocessing.min[f];
        const actual = view.columns[f].values[row];
        expect(actual - live.differences[i * width + newest + f] * range).toBeCloseTo(reference.expected[at * trained.preprocessing.features.length + f], 3);
      });
    });
    // Rows without enough history in the view are not scored.
    const short = await scorer.score(view, 0);
    expect(short.rows[0]).toBe(2);
    scorer.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
