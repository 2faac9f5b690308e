import type { RowRange } from '../downsample';
import { lowerBound } from '../sortedSearch';

/**
 * What the model expected of one metric on each dataset row of `range` (NaN where it scored none),
 * from the scoring's expected values (scored rows × metrics, in scored-row order), for drawing
 * beside the metric's actual values.
 * @param scoredRows ascending dataset rows that were scored
 */
export function expectedOverRange(scoredRows: Uint32Array, expected: Float32Array, metric: number, metrics: number, range: RowRange): Float32Array {
  const out = new Float32Array(Math.max(0, range.to - range.from)).fill(Number.NaN);
  for (let i = lowerBound(scoredRows, range.from); i < scoredRows.length && scoredRows[i] < range.to; i++) out[scoredRows[i] - range.from] = expected[i * metrics + metric];
  return out;
}
