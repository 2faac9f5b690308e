import { jsonCellText } from '../ingest/jsonRows';
import { clip, isMissingCell, parseDecimalComma, parseNumber } from '../ingest/numbers';
import { epochFormatOf, looksLikeTimeName, TimeReader } from '../ingest/timeFormats';
import type { LiveRow } from './liveRow';
import { liveError, type LiveMessageError } from './liveProblem';

/** Field names that always hold the time, most specific first (compared in lower case); a bare `t` may be a temperature, so it is only a loose name. */
const TIME_FIELDS = ['timestamp', '@timestamp', 'time', 'datetime', 'date', 'ts', 'epoch'];
/** Any supported form: ISO, `YYYY-MM-DD HH:MM:SS`, epoch s or ms written as text. */
const anyTime = new TimeReader(null);

/** How field values become numbers. */
export interface FieldOptions {
  /** Also read `12,5` as 12.5 (semicolon-separated text, as European exports write). */
  decimalComma?: boolean;
}

/**
 * A record's fields (a flattened JSON object or a CSV line by header name) as a row. The time comes
 * from a field named like one (see {@link pickTimeField}); without one, or when it is empty, the row
 * takes `arrivalMs`, the caller's receive time. Other fields: numbers, numeric text and booleans (1/0)
 * become values; null and missing markers (`""`, `NaN`, `null`, `-`) become NaN; other text (a host
 * name, a status) is not a metric and is left out.
 */
export function rowFromFields(fields: ReadonlyMap<string, unknown>, arrivalMs: number, options: FieldOptions = {}): LiveRow | LiveMessageError {
  const time = pickTimeField(fields);
  let timestamp = arrivalMs;
  if (time !== null) {
    const raw = fields.get(time);
    const text = jsonCellText(raw);
    if (!isMissingCell(text)) {
      timestamp = readTime(raw);
      if (Number.isNaN(timestamp)) return liveError('bad-time', `"${clip(text)}" in field ${time} is not a time (expected ISO 8601, YYYY-MM-DD HH:MM:SS or epoch seconds/milliseconds)`, text);
    }
  }
  const values: Record<string, number> = {};
  let count = 0;
  for (const [key, raw] of fields) {
    if (key === time) continue;
    const value = numberOf(raw, options);
    if (value === null) continue;
    values[key] = value;
    count++;
  }
  if (count === 0) {
    const names = [...fields.keys()];
    return liveError('no-values', `no numeric field to score (fields: ${clip(names.join(', ') || 'none', 80)})`);
  }
  return { timestamp, values };
}

/**
 * The field that holds the time: a field named exactly like one (`timestamp`, `time`, `ts`, `date`,
 * ...; any case) even when its value is unreadable (that is an error, not a metric), else the first
 * field whose name merely contains one (`event_time`, `epoch_ms`, `t`) and whose value reads as a
 * time, so a metric like `response_time` = 0.2 stays a metric. Null when there is none.
 */
export function pickTimeField(fields: ReadonlyMap<string, unknown>): string | null {
  let best: string | null = null;
  let bestRank = TIME_FIELDS.length;
  for (const key of fields.keys()) {
    const rank = TIME_FIELDS.indexOf(key.trim().toLowerCase());
    if (rank !== -1 && rank < bestRank) {
      best = key;
      bestRank = rank;
    }
  }
  if (best !== null) return best;
  for (const [key, raw] of fields) {
    if (looksLikeTimeName(key) && !Number.isNaN(readTime(raw))) return key;
  }
  return null;
}

/** Epoch ms of a JSON or CSV time value: a date string, or epoch seconds or milliseconds told apart by size. */
export function readTime(raw: unknown): number {
  if (typeof raw === 'number') {
    const format = epochFormatOf(raw);
    return format === 'epoch-s' ? Math.round(raw * 1000) : format === 'epoch-ms' ? raw : NaN;
  }
  return typeof raw === 'string' ? anyTime.readCell(raw) : NaN;
}

/** A value as a number, NaN for a missing one, or null when it is no metric at all. */
function numberOf(raw: unknown, options: FieldOptions): number | null {
  if (typeof raw === 'number') return raw;
  if (typeof raw === 'boolean') return raw ? 1 : 0;
  if (raw === null || raw === undefined) return NaN;
  if (typeof raw !== 'string') return null;
  const value = parseNumber(raw);
  if (!Number.isNaN(value)) return value;
  if (isMissingCell(raw)) return NaN;
  const comma = options.decimalComma ? parseDecimalComma(raw) : NaN;
  return Number.isNaN(comma) ? null : comma;
}
