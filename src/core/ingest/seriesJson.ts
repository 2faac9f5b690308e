import { ImportError } from '../../shared/errors';
import type { ImportMapping, SourceFormat } from '../../shared/ingest';
import { createCloudWatchReader } from './cloudwatchJson';
import { createDatadogReader } from './datadogJson';
import { JsonWalker } from './jsonWalker';
import { createNetdataReader } from './netdataJson';
import { createOtlpReader } from './otlpJson';
import { createPrometheusReader } from './promJson';
import { SeriesTable } from './seriesTable';
import type { SeriesReader, SeriesReaderFactory } from './seriesValues';
import type { RowParser } from './table';
import { createTelegrafReader } from './telegrafJson';

/** The monitoring tools' JSON exports read as labelled series. */
export type SeriesJsonFormat = Extract<SourceFormat, 'prometheus-json' | 'cloudwatch-json' | 'datadog-json' | 'netdata-json' | 'telegraf-json' | 'otlp-json'>;

interface SeriesFormatInfo {
  /** The format in words, after "this looks like". */
  title: string;
  /** The preview's sentence on what the file is and how its times are read. */
  note: string;
  create: SeriesReaderFactory;
  /** Said when every point of a file is at one time. */
  oneTimeHint?: string;
  /** True when the head (first 64 KB) looks like this format. */
  looks: (head: string) => boolean;
}

const has = (head: string, pattern: RegExp) => pattern.test(head);

/** Each format, in the order detection tries them (the most specific keys first). */
export const SERIES_FORMATS: Readonly<Record<SeriesJsonFormat, SeriesFormatInfo>> = {
  'otlp-json': {
    title: 'OpenTelemetry OTLP JSON (Collector file exporter)',
    note: 'OpenTelemetry OTLP JSON: one column per gauge or sum and attribute set; timeUnixNano read as UTC.',
    create: createOtlpReader,
    looks: (head) => has(head, /"resourceMetrics"\s*:/),
  },
  'prometheus-json': {
    title: 'a Prometheus HTTP API response (query_range / query)',
    note: 'Prometheus HTTP API response: one column per series, named after its labels; Unix-second times (UTC).',
    create: createPrometheusReader,
    oneTimeHint: ' (query_range rather than query)',
    looks: (head) => has(head, /"resultType"\s*:\s*"/) || (has(head, /^\s*\{\s*"status"\s*:\s*"(success|error)"/) && has(head, /"(data|errorType)"\s*:/)),
  },
  'cloudwatch-json': {
    title: 'AWS CLI CloudWatch output (get-metric-data / get-metric-statistics)',
    note: 'AWS CloudWatch (AWS CLI) output: one column per result or statistic; timestamp offsets honoured.',
    create: createCloudWatchReader,
    looks: (head) => has(head, /"MetricDataResults"\s*:/) || (has(head, /"Datapoints"\s*:\s*\[/) && has(head, /"Label"\s*:/)),
  },
  'datadog-json': {
    title: 'a Datadog /api/v1/query response',
    note: 'Datadog query response: one column per series (metric and scope); epoch-millisecond times (UTC).',
    create: createDatadogReader,
    looks: (head) => has(head, /"pointlist"\s*:/) || (has(head, /"series"\s*:\s*\[/) && has(head, /"(res_type|from_date|to_date)"\s*:/)),
  },
  'netdata-json': {
    title: 'a Netdata /api/v1/data JSON response',
    note: 'Netdata data API JSON: one column per dimension; epoch-second times (UTC), stored oldest first.',
    create: createNetdataReader,
    looks: (head) => has(head, /"labels"\s*:\s*\[\s*"time"/),
  },
  'telegraf-json': {
    title: 'Telegraf JSON output',
    note: 'Telegraf JSON: one column per measurement, field and tag set (measurement.field{tags}); metrics sharing a time share a row; epoch times (unit from their size) in UTC.',
    create: createTelegrafReader,
    looks: (head) => {
      const newline = head.indexOf('\n');
      const first = newline < 0 ? head : head.slice(0, newline);
      return has(first, /"fields"\s*:\s*\{/) && has(first, /"name"\s*:\s*"/) && has(first, /"timestamp"\s*:/);
    },
  },
};

const FORMATS = Object.keys(SERIES_FORMATS) as SeriesJsonFormat[];

/** The monitoring tool whose JSON the head of a file (starting with `{`) looks like, or null. */
export function detectSeriesJson(head: string): SeriesJsonFormat | null {
  return FORMATS.find((format) => SERIES_FORMATS[format].looks(head)) ?? null;
}

/** True for the formats read by this module. */
export function isSeriesJson(format: SourceFormat): format is SeriesJsonFormat {
  return format in SERIES_FORMATS;
}

/** A walker, its reader and the table they fill; every error names the format the file looked like. */
export function seriesWalk(format: SeriesJsonFormat, fileName: string, mapping: Pick<ImportMapping, 'valueColumns' | 'host'> | null) {
  const { title, create, oneTimeHint } = SERIES_FORMATS[format];
  const table = new SeriesTable(fileName, mapping, oneTimeHint);
  const fail = (reason: string, line?: number): never => {
    throw new ImportError(fileName, line ?? null, reason);
  };
  const reader: SeriesReader = create(table, fail);
  const walker = new JsonWalker(fileName, reader);
  const named = <T>(run: () => T): T => {
    try {
      return run();
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      throw new ImportError(fileName, error.line, `this looks like ${title}, but ${error.reason}`, { cause: error });
    }
  };
  return {
    table,
    push: (text: string) => named(() => walker.push(text)),
    /** Ends the text; `partial` for a preview's head that may stop inside a document. */
    end: (partial: boolean) =>
      named(() => {
        if (!partial) walker.finish();
        reader.end(!partial || walker.atRest);
      }),
    /** The table (see {@link SeriesTable.finish}). */
    finish: () => named(() => table.finish()),
  };
}

/**
 * A streaming parser for a monitoring tool's JSON export: only the values it needs are cut out of
 * the text, so a single-line response of many MB streams in bounded memory. The mapping's value
 * columns (series names from the preview) choose what is imported.
 */
export function createSeriesJsonParser(mapping: ImportMapping, fileName: string): RowParser {
  const walk = seriesWalk(mapping.format as SeriesJsonFormat, fileName, mapping);
  return {
    push: walk.push,
    finish: () => {
      walk.end(false);
      return walk.finish();
    },
  };
}
