/** A number for an axis or tooltip: few digits, no noise from float bins. */
export function formatNumber(value: number): string {
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e6 || abs < 0.01)) return value.toExponential(2);
  return Number(value.toPrecision(abs >= 100 ? 4 : 3)).toLocaleString('en-US');
}
