import type { ContributionSource } from './incidents';

/**
 * The contribution source of scored rows: each user metric's normalised error (scoredRows × metrics,
 * see normaliseErrors) and what the model expected of it (see expectedValues), for findIncidents and
 * the live tracker alike.
 * @param columns each metric's values, indexed by dataset row (undefined when the dataset lacks it)
 * @param scoredAt the scored row of an incident row, or -1 when it was not scored
 * @param datasetRow the dataset row of an incident row (they differ in a live batch)
 */
export function metricContributions(
  features: readonly string[],
  metricErrors: Float32Array,
  expected: Float32Array,
  columns: readonly (Float32Array | undefined)[],
  scoredAt: (row: number) => number,
  datasetRow: (row: number) => number = (row) => row,
): ContributionSource {
  const metrics = features.length;
  return {
    names: features,
    add: (row, into) => {
      const at = scoredAt(row);
      if (at >= 0) for (let f = 0; f < metrics; f++) into[f] += metricErrors[at * metrics + f];
    },
    values: (row, metric) => {
      const at = scoredAt(row);
      const column = columns[metric];
      return at >= 0 && column ? { actual: column[datasetRow(row)], expected: expected[at * metrics + metric] } : null;
    },
  };
}
