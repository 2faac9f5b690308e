import type { ImportMapping } from '../../shared/ingest';
import { ImportError } from '../../shared/errors';
import { createDelimitedParser } from './delimited';
import { hostCsvFormat } from './hostCsv';
import { createJsonArrayParser, createJsonLinesParser } from './jsonParsers';
import { createOriginalLogParser } from './originalLogRows';
import { createSeriesJsonParser } from './seriesJson';
import { createServerLogParser } from './serverLogRows';
import { TOOL_FORMATS } from './sniffTools';
import type { PartedParser, RowParser } from './table';
import { createToolParser } from './toolRows';

/** Formats whose rows carry no time of their own unless a time column is mapped. */
const NEEDS_TIME_SOURCE = new Set<ImportMapping['format']>(['delimited', 'headerless', 'json-lines', 'json-array']);

/** Throws when a (possibly user-edited) mapping cannot import anything, before any text is read. */
function checkMapping(mapping: ImportMapping, fileName: string): void {
  if (mapping.long === null && mapping.valueColumns.length === 0) {
    throw new ImportError(fileName, null, 'no column is selected as a metric; select at least one numeric column.');
  }
  if (!NEEDS_TIME_SOURCE.has(mapping.format) || mapping.timeColumn !== null) return;
  const interval = mapping.intervalSeconds;
  const haveInterval = interval !== null && Number.isFinite(interval) && interval > 0;
  if (!haveInterval || mapping.startTime === null || !Number.isFinite(mapping.startTime)) {
    throw new ImportError(
      fileName,
      null,
      'there is no usable time column: pick the column that holds the time, or state the interval between rows and the start time.',
    );
  }
}

/**
 * A streaming parser for a mapping's format (as detected by sniffFormat, possibly edited by the user).
 * Text goes in chunk by chunk; memory holds the parsed columns and one unfinished line, never the file.
 * Throws ImportError naming `fileName` (and the line) for a mapping or file that cannot be imported.
 * For a long table (`mapping.long`) every series becomes a column; `valueColumns` is not consulted.
 */
export function createRowParser(mapping: ImportMapping, fileName: string): RowParser {
  checkMapping(mapping, fileName);
  switch (mapping.format) {
    case 'server-log':
      return createServerLogParser(mapping, fileName);
    case 'original-log':
      return createOriginalLogParser(mapping, fileName);
    case 'delimited':
    case 'headerless':
      // Several hosts in one table: a series per host and column, so their rows never collide.
      if (mapping.format === 'delimited' && mapping.hostColumn && mapping.timeColumn !== null && mapping.long === null) {
        return createToolParser(mapping, fileName, hostCsvFormat(mapping));
      }
      return createDelimitedParser(mapping, fileName);
    case 'json-lines':
      return createJsonLinesParser(mapping, fileName);
    case 'json-array':
      return createJsonArrayParser(mapping, fileName);
    case 'influx-csv':
    case 'sadf':
    case 'sysstat-text':
    case 'perfmon':
      return createToolParser(mapping, fileName, TOOL_FORMATS[mapping.format]!);
    case 'prometheus-json':
    case 'cloudwatch-json':
    case 'datadog-json':
    case 'netdata-json':
    case 'telegraf-json':
    case 'otlp-json':
      return createSeriesJsonParser(mapping, fileName);
  }
}

/**
 * A parser that can read the file in parts at once (see PartedParser), or null for a mapping whose rows depend on
 * rows before them: a row number that makes the time, a long table's pivot, several hosts, a headerless first row.
 */
export function createPartedParser(mapping: ImportMapping, fileName: string): PartedParser | null {
  if (mapping.format === 'server-log') {
    checkMapping(mapping, fileName);
    return createServerLogParser(mapping, fileName);
  }
  if (mapping.format !== 'delimited' || mapping.long !== null || mapping.hostColumn || mapping.timeColumn === null) return null;
  checkMapping(mapping, fileName);
  return createDelimitedParser(mapping, fileName);
}
