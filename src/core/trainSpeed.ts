import type { TrainHistory } from '../shared/model';

/**
 * Samples per second in training steps alone, once warmed up: the epochs after the first (whose
 * time includes compiling the kernels), validation excluded. This is the figure comparable with a
 * native trainer timing one epoch after a warm-up; with a single epoch it is that epoch's rate.
 */
export function stepSamplesPerSecond(history: Pick<TrainHistory, 'epochSeconds' | 'trainRows'>): number {
  const timed = history.epochSeconds.length > 1 ? history.epochSeconds.slice(1) : history.epochSeconds;
  const seconds = timed.reduce((sum, value) => sum + value, 0);
  return seconds > 0 ? (history.trainRows * timed.length) / seconds : 0;
}
