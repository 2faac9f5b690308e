import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { tinyDataset } from '../core/preprocess/testData';
import { ConfigError } from '../shared/errors';
import { readModelBundle } from '../core/bundle/readModelBundle';
import { writeModelBundle } from '../core/bundle/writeModelBundle';
import { HELPER_FROM_ROWS, HELPER_MAX_BYTES, helperStart, scoreDataset } from './scoreDataset';
import { inThreadScoreHelper, SCORE_BATCH, type ScoreHelper } from './scoreRange';
import { testConfig, useCpuBackend } from './testing';
import { trainModel } from './trainModel';

beforeAll(useCpuBackend);

const wave = (n: number, phase: number) => Array.from({ length: n }, (_, i) => 0.5 + 0.3 * Math.sin(i / 9 + phase));

describe('scoreDataset', () => {
  it('scores every row of another dataset with the same columns, NaN where a row is missing, and leaks nothing', async () => {
    const train = tinyDataset({ cpu: wave(300, 0), mem: wave(300, 1) });
    const trained = await trainModel(train, { preprocess: { context: false, window: 2 }, config: testConfig({ epochs: 2 }), backend: 'cpu' });
    expect(trained.errors.validation.length).toBeGreaterThan(0);
    expect(trained.errors.training.length).toBeGreaterThan(0);

    const cpu = wave(50, 2);
    cpu[30] = 5; // far outside the training range
    const unseen = tinyDataset({ mem: wave(50, 3), cpu }, { missing: Array.from({ length: 50 }, (_, i) => (i === 10 ? 1 : 0)) });
    const before = tf.memory().numTensors;
    const scores = await scoreDataset(unseen, { artifacts: trained.artifacts, preprocessing: trained.preprocessing, backend: 'cpu', baselines: trained.baselines, trainingErrors: trained.errors.training });
    expect(tf.memory().numTensors).toBe(before);

    expect(scores.rowScores).toHaveLength(50);
    // Row 0 has no complete window; rows 10 and 11 have the missing row in theirs.
    expect([0, 10, 11].map((row) => Number.isNaN(scores.rowScores[row]))).toEqual([true, true, true]);
    expect(scores.scoredRows).toHaveLength(47);
    expect(scores.metricErrors).toHaveLength(47 * trained.preprocessing.features.length);
    expect(scores.expected).toHaveLength(47 * trained.preprocessing.features.length);
    const finite = [...scores.rowScores].filter(Number.isFinite);
    // The spike sits in the windows of rows 30 and 31.
    expect(Math.max(scores.rowScores[30], scores.rowScores[31])).toBe(Math.max(...finite));
    expect(scores.baselines?.pca.scores).toHaveLength(50);
    expect(scores.baselines?.zscore.scores).toHaveLength(50);
    expect(scores.ranking).toBeNull();
    expect(scores.errorBins.reduce((sum, bin) => sum + bin.scored, 0)).toBeCloseTo(1);
  });

  it('scores identically after the model goes through a downloaded bundle and back', async () => {
    const dataset = tinyDataset({ cpu: wave(200, 0), mem: wave(200, 1) }, { labels: Array.from({ length: 200 }, (_, i) => (i % 50 === 0 ? 1 : 0)) });
    const trained = await trainModel(dataset, { preprocess: { context: false }, config: testConfig({ epochs: 2 }), backend: 'cpu' });
    const bundle = readModelBundle(
      writeModelBundle({
        info: { appVersion: 'test', createdAt: 0, datasetName: 'tiny' },
        artifacts: trained.artifacts,
        preprocessing: trained.preprocessing,
        threshold: { value: 0.01, rule: { kind: 'quantile', q: 0.99 } },
        history: trained.history,
        config: testConfig({ epochs: 2 }),
        errors: trained.errors,
      }),
    );
    const direct = await scoreDataset(dataset, { artifacts: trained.artifacts, preprocessing: trained.preprocessing, backend: 'cpu', baselines: null, trainingErrors: new Float32Array(0) });
    const imported = await scoreDataset(dataset, { artifacts: bundle.artifacts, preprocessing: bundle.preprocessing, backend: 'cpu', baselines: null, trainingErrors: new Float32Array(0) });
    expect(Array.from(imported.rowScores)).toEqual(Array.from(direct.rowScores));
    expect(Array.from(bundle.errors.validation)).toEqual(Array.from(trained.errors.validation));
    expect(direct.ranking?.averagePrecision).toBeGreaterThan(0);
  });

  it('names the columns a dataset lacks', async () => {
    const train = tinyDataset({ cpu: wave(100, 0), mem: wave(100, 1) });
    const trained = await trainModel(train, { preprocess: { context: false }, config: testConfig({ epochs: 1 }), backend: 'cpu' });
    const other = tinyDataset({ cpu: wave(20, 0), disk: wave(20, 1) });
    const request = { artifacts: trained.artifacts, preprocessing: trained.preprocessing, backend: 'cpu' as const, baselines: null, trainingErrors: new Float32Array(0) };
    await expect(scoreDataset(other, request)).rejects.toThrow(ConfigError);
    await expect(scoreDataset(other, request)).rejects.toThrow(/"mem"/);
  });

  it('scores a big dataset on two workers to the same bits as on one, and alone again when the helper fails', async () => {
    const train = tinyDataset({ cpu: wave(300, 0), mem: wave(300, 1) });
    const trained = await trainModel(train, { preprocess: { context: false, window: 2 }, config: testConfig({ epochs: 2 }), backend: 'cpu' });
    const rows = HELPER_FROM_ROWS + 3000;
    const cpu = wave(rows, 2);
    cpu[80_000] = 5;
    const missing = Array.from({ length: rows }, (_, i) => (i === 70_000 ? 1 : 0));
    const big = tinyDataset({ cpu, mem: wave(rows, 3) }, { missing });
    const request = { artifacts: trained.artifacts, preprocessing: trained.preprocessing, backend: 'cpu' as const, baselines: trained.baselines, trainingErrors: trained.errors.training };
    const { seconds: _one, ...alone } = await scoreDataset(big, request);
    const helper = vi.fn(inThreadScoreHelper);
    const progress: number[] = [];
    const before = tf.memory().numTensors;
    const { seconds: _two, ...helped } = await scoreDataset(big, request, (done) => progress.push(done), helper);
    expect(tf.memory().numTensors).toBe(before);
    expect(helper).toHaveBeenCalledOnce();
    const job = helper.mock.calls[0][0];
    expect(job.from % SCORE_BATCH).toBe(0);
    expect(Math.abs(job.from - rows / 2)).toBeLessThanOrEqual(SCORE_BATCH / 2);
    expect(job.to).toBe(rows);
    expect(helped).toEqual(alone);
    expect(progress.at(-1)).toBe(1);

    const failing: ScoreHelper = () => Promise.reject(new Error('worker crashed'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { seconds: _three, ...fellBack } = await scoreDataset(big, request, undefined, failing);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
    expect(fellBack).toEqual(alone);
  });

  it('gives a helper the second half from a batch boundary, and none to a small dataset, on WebGL, or past the copy it may take', () => {
    const shaped = (rows: number, columns: number) =>
      ({ timestamps: new Float64Array(rows), columns: Array.from({ length: columns }, () => ({ values: new Float32Array(rows) })) }) as unknown as Parameters<typeof helperStart>[0];
    expect(helperStart(shaped(524_160, 15), 'wasm')).toBe(262_144);
    expect(helperStart(shaped(HELPER_FROM_ROWS - 1, 15), 'wasm')).toBeNull();
    expect(helperStart(shaped(524_160, 15), 'webgl')).toBeNull();
    const tooMany = Math.ceil(HELPER_MAX_BYTES / (8 + 15 * 4)) + 1;
    expect(helperStart(shaped(tooMany, 15), 'wasm')).toBeNull();
    expect(helperStart(shaped(tooMany - 2, 15), 'wasm')).not.toBeNull();
  });
});
