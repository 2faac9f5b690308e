export type Severity = 'low' | 'medium' | 'high' | 'critical';

/**
 * Peak score over threshold at which each severity starts: below 1.5× low, below 3× medium,
 * below 10× high, from 10× critical. Reconstruction errors are squared, so 3× the error is
 * about 1.7× the deviation and 10× about 3.2×.
 */
export const SEVERITY_CUTOFFS: Readonly<Record<Exclude<Severity, 'low'>, number>> = { medium: 1.5, high: 3, critical: 10 };

/** The severity of an incident from its peak score relative to the threshold; a threshold ≤ 0 makes any positive peak critical. */
export function severityOf(peakScore: number, threshold: number): Severity {
  const ratio = threshold > 0 ? peakScore / threshold : peakScore > 0 ? Infinity : 1;
  if (ratio >= SEVERITY_CUTOFFS.critical) return 'critical';
  if (ratio >= SEVERITY_CUTOFFS.high) return 'high';
  if (ratio >= SEVERITY_CUTOFFS.medium) return 'medium';
  return 'low';
}
