import type { ErrorBin } from '../shared/scoring';

/** Errors at or below this are drawn in the first bin: log10 of 0 is not a place on the axis. */
const FLOOR = 1e-9;

/**
 * Histograms of two sets of reconstruction errors over the same log10 bins, as shares of each set,
 * so a 50,000-row training sample and 500,000 scored rows compare on one chart. NaN is skipped.
 */
export function errorHistogram(training: ArrayLike<number>, scored: ArrayLike<number>, bins = 60): ErrorBin[] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const set of [training, scored]) {
    for (let i = 0; i < set.length; i++) {
      const v = set[i];
      if (!Number.isFinite(v)) continue;
      const x = Math.log10(Math.max(v, FLOOR));
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
  }
  if (!Number.isFinite(lo)) return [];
  if (hi - lo < 1e-9) hi = lo + 1;
  const width = (hi - lo) / bins;
  const count = (set: ArrayLike<number>) => {
    const counts = new Float64Array(bins);
    let total = 0;
    for (let i = 0; i < set.length; i++) {
      const v = set[i];
      if (!Number.isFinite(v)) continue;
      const k = Math.min(bins - 1, Math.floor((Math.log10(Math.max(v, FLOOR)) - lo) / width));
      counts[k]++;
      total++;
    }
    return total > 0 ? counts.map((c) => c / total) : counts;
  };
  const a = count(training);
  const b = count(scored);
  return Array.from({ length: bins }, (_, k) => ({
    lo: lo + k * width,
    hi: lo + (k + 1) * width,
    mid: lo + (k + 0.5) * width,
    training: a[k],
    scored: b[k],
  }));
}
