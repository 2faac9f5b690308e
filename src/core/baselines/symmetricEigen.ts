/** Eigenvalues and eigenvectors of a symmetric matrix. */
export interface Eigen {
  /** Eigenvalues, largest first. */
  values: Float64Array;
  /** Row-major n × n: row k is the unit eigenvector of values[k]. */
  vectors: Float64Array;
}

const MAX_SWEEPS = 100;

/**
 * Eigen-decomposition of a symmetric n × n matrix (row-major; only its upper triangle is read)
 * by cyclic Jacobi rotations: simple, accurate to rounding, and quick for the few dozen columns
 * of a metrics table (O(n³) per sweep, under ten sweeps in practice).
 * @throws RangeError when `matrix` is not n × n.
 */
export function symmetricEigen(matrix: ArrayLike<number>, n: number): Eigen {
  if (matrix.length !== n * n) throw new RangeError(`A ${n} × ${n} matrix needs ${n * n} values, not ${matrix.length}.`);
  const a = new Float64Array(n * n);
  for (let p = 0; p < n; p++) {
    for (let q = p; q < n; q++) a[p * n + q] = a[q * n + p] = matrix[p * n + q];
  }
  const v = new Float64Array(n * n);
  for (let p = 0; p < n; p++) v[p * n + p] = 1;
  let scale = 0;
  for (let k = 0; k < n * n; k++) scale += a[k] * a[k];

  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q] * a[p * n + q];
    // Off-diagonal mass negligible against the whole matrix: the diagonal holds the eigenvalues.
    if (off <= 1e-30 * scale || off === 0) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q];
        if (apq === 0) continue;
        const theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        rotate(a, v, n, p, q, c, t * c);
      }
    }
  }

  const order = Array.from({ length: n }, (_, k) => k).sort((x, y) => a[y * n + y] - a[x * n + x]);
  const values = Float64Array.from(order, (k) => a[k * n + k]);
  const vectors = new Float64Array(n * n);
  order.forEach((k, row) => {
    for (let r = 0; r < n; r++) vectors[row * n + r] = v[r * n + k];
  });
  return { values, vectors };
}

/** A ← Jᵀ A J and V ← V J for the rotation J in the (p, q) plane that zeroes a[p][q]. */
function rotate(a: Float64Array, v: Float64Array, n: number, p: number, q: number, c: number, s: number): void {
  for (let k = 0; k < n; k++) {
    const akp = a[k * n + p];
    const akq = a[k * n + q];
    a[k * n + p] = c * akp - s * akq;
    a[k * n + q] = s * akp + c * akq;
  }
  for (let k = 0; k < n; k++) {
    const apk = a[p * n + k];
    const aqk = a[q * n + k];
    a[p * n + k] = c * apk - s * aqk;
    a[q * n + k] = s * apk + c * aqk;
  }
  a[p * n + q] = a[q * n + p] = 0;
  for (let k = 0; k < n; k++) {
    const vkp = v[k * n + p];
    const vkq = v[k * n + q];
    v[k * n + p] = c * vkp - s * vkq;
    v[k * n + q] = s * vkp + c * vkq;
  }
}
