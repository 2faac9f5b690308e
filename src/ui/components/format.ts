import type { BackendName } from '../../shared/training';
import type { RunSummary } from '../../state/appStore';

/** A compute backend as the page names it, in Train and Detect alike. */
export const BACKEND_NAMES: Record<BackendName, string> = { webgl: 'WebGL', wasm: 'WebAssembly', cpu: 'plain JavaScript' };

// One fixed locale, so the page reads the same everywhere and tests can match it.
const LOCALE = 'en-US';

/** 524160 -> "524,160". */
export function formatCount(value: number): string {
  return Math.round(value).toLocaleString(LOCALE);
}

/** A sampling interval: "30 s", "5 min", "2 h". */
export function formatInterval(ms: number): string {
  const seconds = ms / 1000;
  if (seconds < 60 || seconds % 60 !== 0) return `${formatCount(seconds)} s`;
  if (seconds < 3600 || seconds % 3600 !== 0) return `${formatCount(seconds / 60)} min`;
  return `${formatCount(seconds / 3600)} h`;
}

/** Epoch ms as "2024-01-01 00:00" in UTC, the timezone the data is generated in. */
export function formatUtcMinute(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
}

/** "2024-01-01 00:00 – 2024-01-31 23:55 UTC". */
export function formatUtcRange(start: number, end: number): string {
  return `${formatUtcMinute(start)} – ${formatUtcMinute(end)} UTC`;
}

/** "Generated 524,160 rows × 15 columns in 0.62 s (845,419 rows/s)". */
export function formatRunSummary({ rows, columns, wallMs }: RunSummary): string {
  const seconds = wallMs / 1000;
  const rate = seconds > 0 ? ` (${formatCount(rows / seconds)} rows/s)` : '';
  return `Generated ${formatCount(rows)} rows × ${columns} columns in ${seconds.toFixed(2)} s${rate}`;
}

/** A probability as a percentage with three significant digits: 0.000125 -> "0.0125 %". */
export function formatChance(probability: number): string {
  if (!(probability > 0)) return '0 %';
  return `${Number((probability * 100).toPrecision(3))} %`;
}

/** A number for an input field, without floating-point noise such as 0.30000000000000004. */
export function formatInputNumber(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(12))) : '';
}

/** A metric in [0, 1] to three decimals; "–" when it is undefined (NaN, null: e.g. precision with nothing flagged). */
export function formatMetric(value: number | null | undefined): string {
  return value === null || value === undefined || Number.isNaN(value) ? '–' : value.toFixed(3);
}

/** A score as a multiple of the threshold, "2.4×", the unit peaks and scores are read in; the raw score (e.g. "3.98e-4") when there is no positive threshold. */
export function formatTimesThreshold(score: number, threshold: number): string {
  if (!Number.isFinite(score)) return '–';
  return threshold > 0 ? `${(score / threshold).toFixed(1)}×` : score.toExponential(2);
}
