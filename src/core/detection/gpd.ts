/** A generalised Pareto distribution of excesses over a threshold: P(Y > y) = (1 + shape·y/scale)^(-1/shape). */
export interface GpdFit {
  /** ξ: > 0 heavy tail, 0 exponential, < 0 bounded tail (ends at scale / -shape). */
  shape: number;
  /** σ > 0. */
  scale: number;
  logLikelihood: number;
}

/** Below this |shape| the exponential formulas are used: (1 + ξy/σ)^(-1/ξ) loses precision as ξ → 0. */
export const SHAPE_EPSILON = 1e-6;

/** Grid points per interval in which sign changes of Grimshaw's equation are looked for. */
const GRID_POINTS = 64;

/**
 * Fits a GPD to positive excesses by maximum likelihood with Grimshaw's reduction to one equation
 * in x = ξ/σ, as in SPOT (Siffer et al., KDD 2017): every root of u(x)·v(x) = 1 in
 * (-1/max, 0) and (0, 2(mean - min)/min²] is a candidate, as are the grid points searched for roots,
 * the exponential fit (ξ = 0, σ = mean) and the method-of-moments fit; the candidate with the highest likelihood wins, so a
 * fit always exists. Excesses must be finite and > 0; at least one is needed.
 */
export function fitGpd(excesses: Float64Array): GpdFit {
  const n = excesses.length;
  if (n === 0) throw new RangeError('A GPD needs at least one excess.');
  let sum = 0;
  let min = Infinity;
  let max = 0;
  for (let i = 0; i < n; i++) {
    sum += excesses[i];
    min = Math.min(min, excesses[i]);
    max = Math.max(max, excesses[i]);
  }
  const mean = sum / n;
  let best = withLikelihood(excesses, 0, mean);
  const consider = (shape: number, scale: number) => {
    if (!(scale > 0) || !Number.isFinite(shape)) return;
    const fit = withLikelihood(excesses, shape, scale);
    if (fit.logLikelihood > best.logLikelihood) best = fit;
  };
  const moments = momentsFit(excesses, mean);
  if (moments) consider(moments.shape, moments.scale);
  if (max > min) {
    const equation = (x: number) => grimshaw(excesses, x);
    const lower = -1 / max;
    const intervals: [number, number, Spacing][] = [[lower * (1 - 1e-9), lower * 1e-6, 'linear']];
    if (min > 0) intervals.push([1e-6 / max, (2 * (mean - min)) / (min * min), 'log']);
    for (const [a, b, spacing] of intervals) {
      const grid = gridOf(a, b, spacing);
      // Grid points are candidates too: the maximum may sit at the interval's end (ξ → -1, e.g. uniform excesses) with no root.
      for (const x of [...grid, ...rootsOn(equation, grid)]) {
        const shape = meanLog1p(excesses, x);
        consider(shape, shape / x);
      }
    }
  }
  return best;
}

/** Log-likelihood of excesses under a GPD; -Infinity when an excess lies beyond a bounded tail's end. */
export function gpdLogLikelihood(excesses: Float64Array, shape: number, scale: number): number {
  const n = excesses.length;
  if (!(scale > 0)) return -Infinity;
  if (Math.abs(shape) < SHAPE_EPSILON) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += excesses[i];
    return -n * Math.log(scale) - sum / scale;
  }
  const ratio = shape / scale;
  let sumLog = 0;
  for (let i = 0; i < n; i++) {
    const z = 1 + ratio * excesses[i];
    if (!(z > 0)) return -Infinity;
    sumLog += Math.log(z);
  }
  return -n * Math.log(scale) - (1 + 1 / shape) * sumLog;
}

function withLikelihood(excesses: Float64Array, shape: number, scale: number): GpdFit {
  return { shape, scale, logLikelihood: gpdLogLikelihood(excesses, shape, scale) };
}

/** ξ = ½(1 - m²/s²), σ = ½m(1 + m²/s²): finite only for ξ < ½, null without spread. */
function momentsFit(excesses: Float64Array, mean: number): { shape: number; scale: number } | null {
  let squares = 0;
  for (let i = 0; i < excesses.length; i++) squares += (excesses[i] - mean) ** 2;
  const variance = squares / excesses.length;
  if (!(variance > 0)) return null;
  const ratio = (mean * mean) / variance;
  return { shape: 0.5 * (1 - ratio), scale: 0.5 * mean * (1 + ratio) };
}

/** Grimshaw's equation u(x)·v(x) - 1 with u = mean of 1/(1 + xY), v = 1 + mean of log(1 + xY). */
function grimshaw(excesses: Float64Array, x: number): number {
  let inverse = 0;
  let log = 0;
  for (let i = 0; i < excesses.length; i++) {
    const z = 1 + x * excesses[i];
    inverse += 1 / z;
    log += Math.log(z);
  }
  const n = excesses.length;
  return (inverse / n) * (1 + log / n) - 1;
}

/** ξ at a root x: the mean of log(1 + xY). */
function meanLog1p(excesses: Float64Array, x: number): number {
  let log = 0;
  for (let i = 0; i < excesses.length; i++) log += Math.log1p(x * excesses[i]);
  return log / excesses.length;
}

type Spacing = 'linear' | 'log';

/** GRID_POINTS + 1 points from a to b, log-spaced for a range over decades; empty for an unusable range. */
function gridOf(a: number, b: number, spacing: Spacing): number[] {
  if (!(b > a) || !Number.isFinite(a) || !Number.isFinite(b)) return [];
  return Array.from({ length: GRID_POINTS + 1 }, (_, i) => (spacing === 'log' ? a * (b / a) ** (i / GRID_POINTS) : a + ((b - a) * i) / GRID_POINTS));
}

/** Roots of f: sign changes between neighbouring grid points, each refined by bisection. */
function rootsOn(f: (x: number) => number, grid: number[]): number[] {
  const roots: number[] = [];
  const values = grid.map(f);
  for (let i = 1; i < grid.length; i++) {
    const f0 = values[i - 1];
    const f1 = values[i];
    if (Number.isFinite(f0) && Number.isFinite(f1) && f0 * f1 < 0) roots.push(bisect(f, grid[i - 1], grid[i], f0));
  }
  return roots;
}

function bisect(f: (x: number) => number, lo: number, hi: number, fLo: number): number {
  for (let step = 0; step < 60; step++) {
    const mid = (lo + hi) / 2;
    const fMid = f(mid);
    if (fMid === 0) return mid;
    if (fMid * fLo < 0) hi = mid;
    else {
      lo = mid;
      fLo = fMid;
    }
  }
  return (lo + hi) / 2;
}
