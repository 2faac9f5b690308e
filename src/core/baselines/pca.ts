import type { PcaModel } from '../../shared/baselines';
import type { Matrix } from '../../shared/model';
import { symmetricEigen } from './symmetricEigen';

/**
 * Share of the training variance the kept components explain by default: 90 %, the usual choice
 * for a PCA anomaly baseline, so the rest (where anomalies show) stays in the residual.
 */
export const DEFAULT_VARIANCE_TO_KEEP = 0.9;

export interface PcaOptions {
  /** Keep the fewest components explaining at least this share of the variance (default 0.9). */
  varianceToKeep?: number;
  /** Never keep more than this; at most cols − 1 so a residual always remains (default). */
  maxComponents?: number;
}

/**
 * Fits PCA to training rows: mean, covariance (float64), and a Jacobi eigen-decomposition;
 * keeps the fewest components that explain `varianceToKeep` of the variance. Fit on the same
 * (scaled) matrix the autoencoder trains on. O(rows · cols² + cols³).
 * @throws RangeError when no row is finite.
 */
export function fitPca(train: Matrix, options: PcaOptions = {}): PcaModel {
  const { values, rows: total, cols } = train;
  const finite = finiteRows(train);
  const mean = new Float64Array(cols);
  let rows = 0;
  for (let r = 0; r < total; r++) {
    if (!finite[r]) continue;
    rows++;
    for (let c = 0; c < cols; c++) mean[c] += values[r * cols + c];
  }
  if (rows === 0) throw new RangeError('PCA needs at least one row without missing values.');
  for (let c = 0; c < cols; c++) mean[c] /= rows;

  const covariance = new Float64Array(cols * cols);
  const centred = new Float64Array(cols);
  for (let r = 0; r < total; r++) {
    if (!finite[r]) continue;
    for (let c = 0; c < cols; c++) centred[c] = values[r * cols + c] - mean[c];
    for (let p = 0; p < cols; p++) {
      const x = centred[p];
      for (let q = p; q < cols; q++) covariance[p * cols + q] += x * centred[q];
    }
  }
  for (let k = 0; k < covariance.length; k++) covariance[k] /= Math.max(1, rows - 1);

  const eigen = symmetricEigen(covariance, cols);
  const variances = eigen.values.map((v) => Math.max(0, v));
  const totalVariance = variances.reduce((sum, v) => sum + v, 0);
  const limit = Math.min(options.maxComponents ?? cols - 1, cols - 1);
  const share = options.varianceToKeep ?? DEFAULT_VARIANCE_TO_KEEP;
  let componentCount = 0;
  let kept = 0;
  while (componentCount < limit && kept < share * totalVariance) kept += variances[componentCount++];
  return {
    cols,
    mean,
    directions: eigen.vectors,
    componentCount,
    variances,
    explained: totalVariance > 0 ? kept / totalVariance : 1,
    rows,
  };
}

/**
 * Per-row squared reconstruction error ‖x − x̂‖², x̂ the row projected onto the kept components
 * around the training mean; NaN for rows with a non-finite value. O(rows · cols · components).
 * @throws RangeError when the matrix has another number of columns than the model.
 */
export function pcaScores(model: PcaModel, data: Matrix): Float32Array {
  const { cols, mean, directions, componentCount } = model;
  if (data.cols !== cols) throw new RangeError(`The model was fitted on ${cols} columns, not ${data.cols}.`);
  const { values, rows } = data;
  const scores = new Float32Array(rows);
  const centred = new Float64Array(cols);
  // Both ways are exact (no ‖d‖² − Σ proj² cancellation); take the one with fewer multiplications.
  const viaDropped = cols - componentCount <= 2 * componentCount;
  for (let r = 0; r < rows; r++) {
    let finite = true;
    for (let c = 0; c < cols; c++) {
      centred[c] = values[r * cols + c] - mean[c];
      if (!Number.isFinite(centred[c])) finite = false;
    }
    if (!finite) scores[r] = Number.NaN;
    else scores[r] = viaDropped ? droppedEnergy(centred, directions, componentCount, cols) : residualEnergy(centred, directions, componentCount, cols);
  }
  return scores;
}

/** ‖d − x̂‖² as the energy of d along the directions PCA dropped (they are orthonormal). */
function droppedEnergy(centred: Float64Array, directions: Float64Array, kept: number, cols: number): number {
  let error = 0;
  for (let k = kept; k < cols; k++) {
    let projection = 0;
    for (let c = 0; c < cols; c++) projection += directions[k * cols + c] * centred[c];
    error += projection * projection;
  }
  return error;
}

/** Takes each kept component's part out of d, leaving the residual d − x̂ in place. */
function removeKept(centred: Float64Array, directions: Float64Array, kept: number, cols: number): void {
  for (let k = 0; k < kept; k++) {
    let projection = 0;
    for (let c = 0; c < cols; c++) projection += directions[k * cols + c] * centred[c];
    for (let c = 0; c < cols; c++) centred[c] -= projection * directions[k * cols + c];
  }
}

/** ‖d − x̂‖² by taking each kept component's part out of d (d is overwritten). */
function residualEnergy(centred: Float64Array, directions: Float64Array, kept: number, cols: number): number {
  removeKept(centred, directions, kept, cols);
  let error = 0;
  for (let c = 0; c < cols; c++) error += centred[c] * centred[c];
  return error;
}

/** 1 for each row whose values are all finite. */
function finiteRows({ values, rows, cols }: Matrix): Uint8Array {
  const finite = new Uint8Array(rows);
  for (let r = 0; r < rows; r++) {
    let ok = 1;
    for (let c = 0; c < cols && ok; c++) if (!Number.isFinite(values[r * cols + c])) ok = 0;
    finite[r] = ok;
  }
  return finite;
}

/**
 * Per-row, per-column squared reconstruction error (rows × cols, row-major): the parts that
 * pcaScores sums, so each metric's error can be scaled by its own usual error. NaN rows for rows
 * with a non-finite value.
 * @throws RangeError when the matrix has another number of columns than the model.
 */
export function pcaFeatureErrors(model: PcaModel, data: Matrix): Float32Array {
  const { cols, mean, directions, componentCount } = model;
  if (data.cols !== cols) throw new RangeError(`The model was fitted on ${cols} columns, not ${data.cols}.`);
  const { values, rows } = data;
  const out = new Float32Array(rows * cols);
  const centred = new Float64Array(cols);
  const last = componentCount - 1;
  // removeKept's arithmetic in the same order, fused: each pass over the row takes one component's part
  // out and sums the next one's projection, the first pass centres and the last writes the squares.
  for (let r = 0; r < rows; r++) {
    const at = r * cols;
    let projection = 0;
    for (let c = 0; c < cols; c++) {
      const x = values[at + c] - mean[c];
      centred[c] = x;
      projection += directions[c] * x;
    }
    for (let k = 0; k < last; k++) {
      const d = k * cols;
      let next = 0;
      for (let c = 0; c < cols; c++) {
        const x = centred[c] - projection * directions[d + c];
        centred[c] = x;
        next += directions[d + cols + c] * x;
      }
      projection = next;
    }
    const d = last * cols;
    for (let c = 0; c < cols; c++) {
      const x = last < 0 ? centred[c] : centred[c] - projection * directions[d + c];
      out[at + c] = x * x;
    }
  }
  return out;
}
