import type { RowRange } from '../downsample';
import { lowerBound } from '../sortedSearch';
import { topContributors, type Contributor } from './incidents';

/**
 * The metrics that stand out over a span of rows, largest first: each metric's error above its usual
 * level (`usual`: 1 for normalised errors, each metric's median; 0 for a model scored by raw error),
 * summed over the scored rows of `range`, as a share of all metrics' excess.
 * @param scoredRows ascending dataset rows that were scored
 * @param metricErrors scored rows × names.length errors, in scored-row order
 */
export function metricsStandingOut(scoredRows: Uint32Array, metricErrors: Float32Array, names: readonly string[], range: RowRange, usual: number, count: number): Contributor[] {
  const metrics = names.length;
  const sums = new Float64Array(metrics);
  for (let i = lowerBound(scoredRows, range.from); i < scoredRows.length && scoredRows[i] < range.to; i++) {
    for (let f = 0; f < metrics; f++) {
      const excess = metricErrors[i * metrics + f] - usual;
      if (excess > 0) sums[f] += excess;
    }
  }
  return topContributors(names, sums, count);
}
