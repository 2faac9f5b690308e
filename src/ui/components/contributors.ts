import type { Contributor } from '../../core/detection/incidents';

/** "Database CPU % 62 % (91.0, expected 40.2), Web server CPU % 20 %": shares, and the values at the peak when known. */
export function contributorsText(contributors: readonly Contributor[], labelOf: (name: string) => string = (name) => name): string {
  return contributors.map((c) => `${labelOf(c.name)} ${Math.round(c.share * 100)} %${valuesText(c)}`).join(', ');
}

/** " (71.2, expected 48.0)" at the peak, when the scores carry expected values. */
function valuesText({ actual, expected }: Contributor): string {
  if (actual === undefined || expected === undefined || !Number.isFinite(actual) || !Number.isFinite(expected)) return '';
  return ` (${formatValue(actual)}, expected ${formatValue(expected)})`;
}

const formatValue = (value: number) => (Math.abs(value) >= 100 ? Math.round(value).toLocaleString('en') : value.toPrecision(3));
