import type { Detection } from '../state/detectionJob';
import { buffersOf } from '../shared/transfer';

/** A detection without its dataset: what the score worker sends back (the page keeps its own dataset). */
export type DetectionParts = Omit<Detection, 'dataset'>;

/** The buffers of a detection's arrays, each once, for Comlink.transfer. */
export function detectionBuffers(parts: DetectionParts): ArrayBuffer[] {
  const { scores } = parts;
  const arrays: ArrayBufferView[] = [scores.rowScores, scores.metricErrors, scores.expected, scores.scoredRows, parts.matrixRowOf, parts.reference.values, parts.referenceInOrder];
  if (scores.baselines) arrays.push(scores.baselines.pca.scores, scores.baselines.zscore.scores);
  for (const baseline of parts.baselines) arrays.push(baseline.scores);
  return buffersOf(arrays);
}

/** A copy of every array of a detection (the baselines' scores shared with the copied scores, as in the original), so one can be transferred and the other kept. */
export function detectionCopy(parts: DetectionParts): DetectionParts {
  const copies = new Map<ArrayBufferView, ArrayBufferView>();
  const copy = <T extends Float32Array | Float64Array | Int32Array | Uint32Array>(array: T): T => {
    const known = copies.get(array);
    if (known) return known as T;
    const fresh = array.slice() as T;
    copies.set(array, fresh);
    return fresh;
  };
  const { scores } = parts;
  const baselines = scores.baselines && {
    pca: { ...scores.baselines.pca, scores: copy(scores.baselines.pca.scores) },
    zscore: { ...scores.baselines.zscore, scores: copy(scores.baselines.zscore.scores) },
  };
  return {
    ...parts,
    scores: { ...scores, rowScores: copy(scores.rowScores), metricErrors: copy(scores.metricErrors), expected: copy(scores.expected), scoredRows: copy(scores.scoredRows), baselines },
    matrixRowOf: copy(parts.matrixRowOf),
    reference: { ...parts.reference, values: copy(parts.reference.values) },
    referenceInOrder: copy(parts.referenceInOrder),
    baselines: parts.baselines.map((baseline) => ({ ...baseline, scores: copy(baseline.scores) })),
  };
}
