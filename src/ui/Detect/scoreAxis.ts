import { logTicks } from '../../core/plot/plotScale';

/** The score chart's y ticks and their labels: few, readable, in the unit the rest of the panel shows. */
export interface ScoreAxis {
  ticks: number[];
  format: (value: number) => string;
}

const trimmed = (value: number): string => String(Number(value.toPrecision(3)));

/**
 * Ticks for a log score axis over `domain`. With a score profile the labels are multiples of the
 * threshold (`0.5×`, `1×`, `10×`), as the incidents table reads peaks, and 1× is always a tick;
 * without one (a model saved before profiles), raw errors at 1-2-5 steps.
 */
export function scoreAxis(domain: [number, number], threshold: number, scaled: boolean): ScoreAxis {
  const [lo, hi] = domain;
  if (!(lo > 0 && hi > lo)) return { ticks: [], format: trimmed };
  if (!scaled || !(threshold > 0)) return { ticks: logTicks(lo, hi), format: (value) => value.toExponential(0) };
  const multiples = logTicks(lo / threshold, hi / threshold);
  if (!multiples.includes(1) && lo <= threshold && threshold <= hi) multiples.push(1);
  return {
    ticks: multiples.sort((a, b) => a - b).map((m) => m * threshold),
    format: (value) => `${trimmed(value / threshold)}×`,
  };
}
