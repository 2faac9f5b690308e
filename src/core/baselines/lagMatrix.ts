import type { Matrix } from '../../shared/model';

/**
 * A single series as a matrix of its last `lags` values per row (oldest first), so PCA can learn
 * the series' usual short-term shape; the first lags − 1 rows lack a full history and are NaN.
 * @throws RangeError when lags is not a positive whole number.
 */
export function lagMatrix(series: ArrayLike<number>, lags: number): Matrix {
  if (!(Number.isInteger(lags) && lags > 0)) throw new RangeError(`Lags must be a positive whole number, not ${lags}.`);
  const rows = series.length;
  const values = new Float32Array(rows * lags);
  for (let r = 0; r < rows; r++) {
    for (let l = 0; l < lags; l++) {
      const source = r - lags + 1 + l;
      values[r * lags + l] = source >= 0 ? series[source] : Number.NaN;
    }
  }
  return { values, rows, cols: lags };
}
