import { extentOf, niceStep } from './plot/plotScale';

/**
 * The smallest and largest finite value over some series, widened by `share` of their span on each
 * side (of the value, or 1, when they are all equal) and rounded out to a round step; never below 0
 * for values that are not; null when none is finite. A chart axis over the lines it draws, so a
 * wider band beside them is clipped instead of flattening them.
 */
export function paddedDomain(series: readonly ArrayLike<number>[], share: number): [number, number] | null {
  const extent = extentOf(series, false);
  if (!extent) return null;
  const [lo, hi] = extent;
  const pad = share * (hi > lo ? hi - lo : Math.abs(lo) || 1);
  // A measure that is never negative (a percentage) keeps its axis at 0.
  const low = lo >= 0 ? Math.max(0, lo - pad) : lo - pad;
  const high = hi + pad;
  const step = niceStep(high - low, 10);
  return [Math.floor(low / step) * step, Math.ceil(high / step) * step];
}
