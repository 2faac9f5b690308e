/**
 * Per-row scores of a whole dataset from the scores of model input rows: `rows[i]` is the dataset
 * row of score i (as `RowMatrix.rows` says); rows the model never saw, such as those without a
 * complete window, get NaN so every metric leaves them out.
 * @throws RangeError when rows and scores differ in length or a row lies outside the dataset.
 */
export function scoresByRow(rowCount: number, rows: ArrayLike<number>, scores: ArrayLike<number>): Float32Array {
  if (rows.length !== scores.length) throw new RangeError(`There are ${scores.length} scores for ${rows.length} rows.`);
  const out = new Float32Array(rowCount).fill(Number.NaN);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!(row >= 0 && row < rowCount)) throw new RangeError(`Row ${row} lies outside a dataset of ${rowCount} rows.`);
    out[row] = scores[i];
  }
  return out;
}
