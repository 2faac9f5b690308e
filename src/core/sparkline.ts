import { downsampleM4 } from './downsample';

/** Where a series is drawn: its time span, value range and the box in pixels. */
export interface SparkFrame {
  from: number;
  to: number;
  min: number;
  max: number;
  width: number;
  height: number;
  /** Log10 value axis (scores span decades); values ≤ 0 are left out. */
  log?: boolean;
}

/** The x pixel of a time in the frame's span. */
export function sparkX(time: number, frame: Pick<SparkFrame, 'from' | 'to' | 'width'>): number {
  return ((time - frame.from) / (frame.to - frame.from || 1)) * frame.width;
}

/** The y pixel of a value in the frame, clamped to the box. */
export function sparkY(value: number, frame: SparkFrame): number {
  const v = frame.log ? Math.log10(value) : value;
  const lo = frame.log ? Math.log10(frame.min) : frame.min;
  const hi = frame.log ? Math.log10(frame.max) : frame.max;
  const share = hi > lo ? (v - lo) / (hi - lo) : 0.5;
  return frame.height - Math.min(1, Math.max(0, share)) * frame.height;
}

/**
 * An SVG path of a series, M4-downsampled to the box's pixel columns so a one-row spike stays
 * visible; NaN (and, on a log axis, values ≤ 0) break the line.
 */
export function sparklinePath(timestamps: Float64Array, values: Float32Array, frame: SparkFrame): string {
  const points = downsampleM4(timestamps, values, { from: 0, to: timestamps.length }, { buckets: Math.max(1, Math.round(frame.width)) });
  const parts: string[] = [];
  let pen = false;
  for (let i = 0; i < points.length; i++) {
    const value = points.values[i];
    if (!Number.isFinite(value) || (frame.log && value <= 0)) {
      pen = false;
      continue;
    }
    const x = sparkX(points.times[i], frame);
    parts.push(`${pen ? 'L' : 'M'}${x.toFixed(1)} ${sparkY(value, frame).toFixed(1)}`);
    pen = true;
  }
  return parts.join('');
}

/** Finite min and max of values (positive only on a log axis); null when there is none. */
export function valueRange(values: Float32Array, log = false): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v) || (log && v <= 0)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? { min, max } : null;
}
