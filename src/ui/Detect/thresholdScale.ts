/** Steps of the threshold slider; it moves on a log scale, since errors span orders of magnitude. */
export const SLIDER_STEPS = 1000;

/** log10 of the lowest and highest threshold worth offering: the smallest positive reference score to the largest score seen. */
export interface SliderRange {
  lo: number;
  hi: number;
}

export function sliderRange(referenceSorted: Float64Array, scores: Float32Array, threshold: number): SliderRange {
  let lo = Infinity;
  for (const v of referenceSorted) {
    if (v > 0) {
      lo = v;
      break;
    }
  }
  let hi = 0;
  for (let i = 0; i < scores.length; i++) if (scores[i] > hi) hi = scores[i];
  if (threshold > 0) {
    lo = Math.min(lo, threshold);
    hi = Math.max(hi, threshold);
  }
  if (!Number.isFinite(lo) || !(hi > 0)) return { lo: -6, hi: 0 };
  return hi > lo ? { lo: Math.log10(lo), hi: Math.log10(hi) } : { lo: Math.log10(lo) - 1, hi: Math.log10(lo) + 1 };
}

/** Slider position (0..SLIDER_STEPS) for a threshold. */
export function positionOf(threshold: number, range: SliderRange): number {
  const t = (Math.log10(threshold) - range.lo) / (range.hi - range.lo);
  return Math.round(Math.min(1, Math.max(0, t)) * SLIDER_STEPS);
}

/** Threshold for a slider position. */
export function thresholdAt(position: number, range: SliderRange): number {
  return 10 ** (range.lo + (position / SLIDER_STEPS) * (range.hi - range.lo));
}
