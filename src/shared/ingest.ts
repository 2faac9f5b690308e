/** How an uploaded file is read: detected by the app, shown to the user, editable before import. */

/** The text layouts the importer understands. */
export type SourceFormat =
  /** This app's `server_logs.txt`: `2024-01-01 00:00:30 [server-1] cpu=23.50 ram=41.20 ...`. */
  | 'server-log'
  /** The original tool's lines, one metric per line: `2024-01-01 00:00:30 [server-1] [CPU]: CPU usage at 23.5%`. */
  | 'original-log'
  /** CSV, TSV or semicolon-separated with a header row (Grafana, CloudWatch, Prometheus, NAB exports). */
  | 'delimited'
  /** Numbers only, one row per step, no header and no time (SMD, ASD): the user states interval and start. */
  | 'headerless'
  /** One JSON object per line. */
  | 'json-lines'
  /** A JSON array of objects. */
  | 'json-array'
  /** InfluxDB 2.x annotated CSV (Flux): `#datatype` rows, `,result,table,_time,_value,_field,_measurement,<tags>`. */
  | 'influx-csv'
  /** sysstat `sadf -d`: `# hostname;interval;timestamp;CPU;%user;...`, `;`-separated. */
  | 'sadf'
  /** `vmstat -t`, `sar` and `iostat -x -t` text: aligned columns, repeated headers, times in a column or line. */
  | 'sysstat-text'
  /** Windows PerfMon / typeperf CSV: `"(PDH-CSV 4.0) (zone)(bias)"` first header, `\\HOST\Object(instance)\Counter` columns. */
  | 'perfmon'
  /** Prometheus HTTP API `query_range`/`query` response: `data.result[]` of `{metric, values: [[unix_s, "v"]]}`. */
  | 'prometheus-json'
  /** AWS CLI `cloudwatch get-metric-data` (`MetricDataResults[]`) or `get-metric-statistics` (`Datapoints[]`) output. */
  | 'cloudwatch-json'
  /** Datadog `/api/v1/query` response: `series[]` with `metric`, `scope`, `pointlist: [[epoch_ms, value]]`. */
  | 'datadog-json'
  /** Netdata `/api/v1/data?format=json`: `labels[]` and `data[][]`, epoch seconds, newest first. */
  | 'netdata-json'
  /** Telegraf JSON serializer: one `{"fields", "name", "tags", "timestamp"}` object per line. */
  | 'telegraf-json'
  /** OpenTelemetry Collector file exporter (OTLP JSON): `resourceMetrics > scopeMetrics > metrics`, one request per line. */
  | 'otlp-json';

/**
 * How the time column is written. 'iso' covers ISO 8601 with or without a zone (a missing zone
 * means UTC); 'datetime' is `YYYY-MM-DD HH:MM:SS` read as UTC; epochs are numbers.
 */
export type TimeFormat =
  | 'iso'
  | 'datetime'
  | 'epoch-s'
  | 'epoch-ms'
  /** Day first: `DD.MM.YYYY`, `DD/MM/YYYY`, optionally `HH:MM[:SS]` and AM/PM; read as UTC. */
  | 'dmy'
  /** Month first: `MM/DD/YYYY`, optionally `HH:MM[:SS[.mmm]]` and AM/PM; read as UTC. */
  | 'mdy'
  /** Kibana's default display: `Jan 16, 2024 @ 23:59:00.000`; read as UTC. */
  | 'kibana';

export type Delimiter = ',' | '\t' | ';' | '|';

/** A long-format table (time, series name, value) to pivot into one column per series. */
export interface LongFormat {
  seriesColumn: string;
  valueColumn: string;
}

export interface ImportMapping {
  format: SourceFormat;
  /** gzip-compressed (`.gz` or gzip magic bytes): decompressed while streaming. */
  compressed: boolean;
  /** For 'delimited' and 'headerless'. */
  delimiter: Delimiter | null;
  /** Column (or JSON field) holding the time; null for 'headerless' and the log formats. */
  timeColumn: string | null;
  timeFormat: TimeFormat | null;
  /** Columns that become metrics, by name (headerless columns are named `col1`, `col2`, ...). */
  valueColumns: string[];
  /** Set when the table is long: one row per (time, series), pivoted on import. */
  long: LongFormat | null;
  /** A 0/1 column that holds the ground truth, if any. */
  labelColumn: string | null;
  /** Headerless data only: seconds between rows and the first row's time (epoch ms). */
  intervalSeconds: number | null;
  startTime: number | null;
  /**
   * Several hosts in one file: null or absent keeps every host (a column per host and metric, the
   * host in each name); a host's name keeps only its series, named without the host.
   */
  host?: string | null;
  /** Numbers are written with decimal commas (`12,5`); absent: only in semicolon-separated files, as before. */
  decimalComma?: boolean;
  /** A delimited file with several hosts: the column naming each row's host (its rows become `cpu{host="web-1"}`). */
  hostColumn?: string | null;
}

/** A column the user may map, with a few sample cells as they appear in the file. */
export interface ColumnCandidate {
  name: string;
  /** Most sampled cells parse as numbers. */
  numeric: boolean;
  /** The time format its cells parse as, or null when they are not times. */
  timeFormat: TimeFormat | null;
  samples: string[];
}

/** What the importer found in the first part of a file, before any row is imported. */
export interface ImportPreview {
  fileName: string;
  sizeBytes: number;
  mapping: ImportMapping;
  columns: ColumnCandidate[];
  /** The first rows as text cells, for a preview table. */
  sampleRows: string[][];
  /** The hosts seen when the file holds several (a varying host label or column); absent otherwise. */
  hosts?: string[];
  /** Plain sentences on what was detected, e.g. "CSV with a header; time in `timestamp` (YYYY-MM-DD HH:MM:SS, UTC)". */
  notes: string[];
}

/** One row that could not be imported. */
export interface SkippedRow {
  /** 1-based line number in the (decompressed) file. */
  line: number;
  reason: string;
}

/** What an import did to the file's rows: shown to the user, kept with the dataset. */
export interface ImportReport {
  fileName: string;
  format: SourceFormat;
  bytesRead: number;
  rowsRead: number;
  rowsImported: number;
  /** Rows skipped as unreadable: a count and the first few examples. */
  skipped: { count: number; examples: SkippedRow[] };
  /** Rows dropped because another row had the exact same timestamp. */
  duplicatesDropped: number;
  /** Detected (median) step between rows. */
  intervalMs: number;
  /** Gaps: steps where rows were missing, how many rows they lacked, and the longest one. */
  gaps: { count: number; missingRows: number; longest: { start: number; end: number } | null };
  /** Rows added to fill gaps (their values forward-filled and flagged in `Dataset.missing`). */
  filledRows: number;
  /** Rows moved onto the detected interval's grid because their times were irregular. */
  alignedRows: number;
  labels: { source: string; labelledRows: number; events: number } | null;
  /** Workers that read the file: 2 when a big file's halves were read at once (absent in reports stored before). */
  readers?: number;
}

/** What an import is doing, for the progress bar: bytes of the (compressed) file read so far. */
export interface ImportProgress {
  phase: 'reading' | 'aligning' | 'labels' | 'building';
  bytesRead: number;
  totalBytes: number;
}
