import { select } from '../median';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, MS_PER_SECOND } from '../time';

/**
 * The median of the positive steps between ascending times (the lower middle one for an even
 * count, so it is a step that occurs), or NaN when no two times differ. O(n), no sort.
 */
export function medianPositiveStep(times: Float64Array): number {
  let count = 0;
  let first = NaN;
  let allEqual = true;
  for (let i = 1; i < times.length; i++) {
    const step = times[i] - times[i - 1];
    if (step <= 0) continue;
    if (count === 0) first = step;
    else if (step !== first) allEqual = false;
    count++;
  }
  if (count === 0 || allEqual) return first;
  const steps = new Float64Array(count);
  let at = 0;
  for (let i = 1; i < times.length; i++) {
    const step = times[i] - times[i - 1];
    if (step > 0) steps[at++] = step;
  }
  return select(steps, (count - 1) >> 1);
}

const UNITS: [ms: number, one: string, many: string][] = [
  [365.25 * MS_PER_DAY, 'year', 'years'],
  [MS_PER_DAY, 'day', 'days'],
  [MS_PER_HOUR, 'hour', 'hours'],
  [MS_PER_MINUTE, 'min', 'min'],
  [MS_PER_SECOND, 's', 's'],
];

/** A duration for messages: "3 years", "1.5 days", "30 s", "250 ms". */
export function formatDuration(ms: number): string {
  for (const [size, one, many] of UNITS) {
    if (ms < size) continue;
    const value = ms / size;
    const shown = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
    return `${shown} ${shown === 1 ? one : many}`;
  }
  return `${Math.round(ms)} ms`;
}

/** A row count for messages: "950", "12,400", "3.2 M". */
export function formatCount(count: number): string {
  if (count >= 1e6) return `${Math.round(count / 1e5) / 10} M`;
  return String(Math.round(count)).replace(/\B(?=(\d{3})+$)/g, ',');
}
