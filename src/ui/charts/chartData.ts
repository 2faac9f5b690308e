import type { SeriesPoints } from '../../core/downsample';
import type { BandPoints } from '../../core/downsampleBand';
import type { Histogram } from '../../core/histogram';

/** One point of a line as recharts reads it; null breaks the line. */
export interface LinePoint {
  t: number;
  v: number | null;
}

/** One histogram bar as recharts reads it. */
export interface HistogramBar {
  /** Bin centre, the bar's x position. */
  mid: number;
  x0: number;
  x1: number;
  count: number;
}

/** Typed-array series -> recharts rows (NaN becomes a gap). */
export function toLinePoints(series: SeriesPoints): readonly LinePoint[] {
  const points: LinePoint[] = new Array(series.length);
  for (let i = 0; i < series.length; i++) {
    const v = series.values[i];
    points[i] = { t: series.times[i], v: Number.isNaN(v) ? null : v };
  }
  // Recharts keeps data in an immer store that deep-freezes it; a frozen array is skipped.
  return Object.freeze(points);
}

/** One point of a ranged area as recharts reads it ([low, high]); null breaks the area. */
export interface BandPoint {
  t: number;
  r: [number, number] | null;
}

/** Typed-array band -> recharts rows for a ranged Area (NaN becomes a gap). */
export function toBandPoints(band: BandPoints): readonly BandPoint[] {
  const points: BandPoint[] = new Array(band.length);
  for (let i = 0; i < band.length; i++) {
    const low = band.low[i];
    const high = band.high[i];
    points[i] = { t: band.times[i], r: Number.isNaN(low) || Number.isNaN(high) ? null : [low, high] };
  }
  return Object.freeze(points);
}

/** Histogram counts -> recharts bars. */
export function toHistogramBars(h: Histogram): HistogramBar[] {
  return Array.from(h.counts, (count, i) => {
    const x0 = h.min + i * h.binWidth;
    return { x0, x1: x0 + h.binWidth, mid: x0 + h.binWidth / 2, count };
  });
}

/** A number for an axis or tooltip: few digits, no noise from float bins. */
export function formatNumber(value: number): string {
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e6 || abs < 0.01)) return value.toExponential(2);
  return Number(value.toPrecision(abs >= 100 ? 4 : 3)).toLocaleString('en-US');
}
