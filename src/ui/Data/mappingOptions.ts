import type { Delimiter, SourceFormat, TimeFormat } from '../../shared/ingest';
import type { SelectOption } from '../components/SelectField';

export const FORMAT_OPTIONS: readonly SelectOption<SourceFormat>[] = [
  { value: 'delimited', label: 'CSV / TSV with a header' },
  { value: 'headerless', label: 'Numbers only, no header' },
  { value: 'json-lines', label: 'JSON Lines' },
  { value: 'json-array', label: 'JSON array of objects' },
  { value: 'server-log', label: 'This app’s server_logs.txt' },
  { value: 'original-log', label: 'Original tool’s log lines' },
  { value: 'prometheus-json', label: 'Prometheus API JSON (query_range)' },
  { value: 'cloudwatch-json', label: 'AWS CloudWatch CLI JSON' },
  { value: 'datadog-json', label: 'Datadog query JSON' },
  { value: 'netdata-json', label: 'Netdata data API JSON' },
  { value: 'telegraf-json', label: 'Telegraf JSON' },
  { value: 'otlp-json', label: 'OpenTelemetry OTLP JSON' },
  { value: 'influx-csv', label: 'InfluxDB annotated CSV' },
  { value: 'sadf', label: 'sysstat sadf -d' },
  { value: 'sysstat-text', label: 'vmstat -t / sar / iostat -x -t text' },
  { value: 'perfmon', label: 'Windows PerfMon / typeperf CSV' },
];

export const DELIMITER_OPTIONS: readonly SelectOption<Delimiter>[] = [
  { value: ',', label: 'Comma (,)' },
  { value: '\t', label: 'Tab' },
  { value: ';', label: 'Semicolon (;)' },
  { value: '|', label: 'Pipe (|)' },
];

export const TIME_FORMAT_OPTIONS: readonly SelectOption<TimeFormat>[] = [
  { value: 'iso', label: 'ISO 8601 (no zone = UTC)' },
  { value: 'datetime', label: 'YYYY-MM-DD HH:MM:SS (UTC)' },
  { value: 'epoch-s', label: 'Epoch seconds' },
  { value: 'epoch-ms', label: 'Epoch milliseconds' },
  { value: 'dmy', label: 'DD/MM/YYYY or DD.MM.YYYY, day first (UTC)' },
  { value: 'mdy', label: 'MM/DD/YYYY, month first (UTC)' },
  { value: 'kibana', label: 'Jan 16, 2024 @ 23:59:00.000 (Kibana, UTC)' },
];

/** The select value standing for "no column". */
export const NONE = '';

/** Epoch ms as the value of a `datetime-local` input, read as UTC. */
export function utcInputValue(ms: number | null): string {
  return ms === null || !Number.isFinite(ms) ? '' : new Date(ms).toISOString().slice(0, 19);
}

/** A `datetime-local` value (`2024-01-01T00:00` or with seconds) as epoch ms in UTC, or null. */
export function parseUtcInput(value: string): number | null {
  if (value === '') return null;
  const ms = Date.parse(`${value}Z`);
  return Number.isFinite(ms) ? ms : null;
}
