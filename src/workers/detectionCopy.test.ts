import { describe, expect, it } from 'vitest';
import type { DetectionParts } from './detectionCopy';
import { detectionBuffers, detectionCopy } from './detectionCopy';

function parts(): DetectionParts {
  const pca = Float32Array.from([1, 2]);
  return {
    modelId: 'm',
    modelName: 'model',
    scores: {
      rowScores: Float32Array.from([0.1, 5]),
      metricErrors: new Float32Array(4),
      expected: new Float32Array(4),
      scoredRows: Uint32Array.from([0, 1]),
      ranking: null,
      errorBins: [],
      baselines: { pca: { scores: pca, ranking: null }, zscore: { scores: Float32Array.from([3, 4]), ranking: null } },
      backend: 'cpu',
      seconds: 0,
    },
    preprocessing: {} as DetectionParts['preprocessing'],
    matrixRowOf: Int32Array.from([0, 1]),
    reference: { kind: 'sorted', values: Float64Array.from([0.1, 0.2]) },
    rule: { kind: 'quantile', q: 0.99 } as unknown as DetectionParts['rule'],
    referenceInOrder: Float32Array.from([0.2, 0.1]),
    autoThreshold: 1,
    cooldownMs: 0,
    baselines: [{ id: 'pca', name: 'PCA', scores: pca, ranking: null, threshold: 1.5 }],
  };
}

describe('detectionCopy', () => {
  it('copies every array, keeping a baseline that shares its scores sharing the copy', () => {
    const original = parts();
    const copy = detectionCopy(original);
    expect(copy).toEqual(original);
    expect(copy.scores.rowScores.buffer).not.toBe(original.scores.rowScores.buffer);
    expect(copy.reference.values.buffer).not.toBe(original.reference.values.buffer);
    expect(copy.baselines[0].scores).toBe(copy.scores.baselines!.pca.scores);
    const kept = new Set(detectionBuffers(copy));
    for (const buffer of detectionBuffers(original)) expect(kept.has(buffer)).toBe(false);
  });

  it('lists each buffer once, so a transfer list never repeats one', () => {
    const buffers = detectionBuffers(parts());
    expect(new Set(buffers).size).toBe(buffers.length);
    expect(buffers).toHaveLength(9);
  });
});
