import type { ColumnCandidate, ImportPreview } from '../../shared/ingest';
import { isSeriesJson, type SeriesJsonFormat, SERIES_FORMATS, seriesWalk } from './seriesJson';
import type { SeriesInfo } from './seriesTable';
import { listNames } from './sniffNotes';
import type { Sniffed } from './sniffTypes';
import type { ParsedTable } from './table';

const SAMPLE_ROWS = 10;
/** The preview's (and mapping's) name for the times the format carries itself. */
const SERIES_TIME_COLUMN = 'time';

// Times are shown as ISO 8601 UTC so the preview says plainly which zone they are read in.
const isoTime = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

function sampleRows(sample: ParsedTable, names: string[]): string[][] {
  const order = Array.from(sample.timestamps.keys()).sort((a, b) => sample.timestamps[a] - sample.timestamps[b]);
  const byName = new Map(sample.columns.map((column) => [column.name, column.values]));
  return order.slice(0, SAMPLE_ROWS).map((row) => [
    isoTime(sample.timestamps[row]),
    ...names.map((name) => {
      const value = byName.get(name)?.[row];
      // Float32 cells are shown to 7 digits: 0.1, not 0.10000000149011612.
      return value === undefined || Number.isNaN(value) ? '' : String(Number(value.toPrecision(7)));
    }),
  ]);
}

/**
 * The preview of a monitoring tool's JSON from the series found (all of the file's, or the head's)
 * and the head's points: a time column, one candidate column per series, the series with values
 * ticked, notes on the format, the times' zone, empty series and hosts.
 */
function describeSeries(format: SeriesJsonFormat, series: SeriesInfo[], sample: ParsedTable): Sniffed {
  const names = series.map((info) => info.name);
  const filled = series.filter((info) => info.values > 0).map((info) => info.name);
  const empty = series.filter((info) => info.values === 0).map((info) => info.name);
  const hosts = [...new Set(series.map((info) => info.host).filter((host): host is string => host !== null))];
  const rows = sampleRows(sample, names);
  const columns: ColumnCandidate[] = [
    { name: SERIES_TIME_COLUMN, numeric: false, timeFormat: 'iso', samples: rows.slice(0, 3).map((row) => row[0]) },
    ...series.map((info) => ({ name: info.name, numeric: info.values > 0, timeFormat: null, samples: info.samples })),
  ];
  const notes = [
    SERIES_FORMATS[format].note,
    `${filled.length} ${filled.length === 1 ? 'series becomes a metric' : 'series become metrics'}: ${listNames(filled)}.`,
    'Times are shown and stored in UTC, oldest first whatever the file’s order; points a series lacks are missing values, not zeros.',
  ];
  if (empty.length > 0) notes.push(`Not proposed (only null, NaN or missing points): ${listNames(empty)}.`);
  if (hosts.length > 1) notes.push(`${hosts.length} hosts in one file (${listNames(hosts)}): each series name keeps its host.`);
  return {
    mapping: { format, timeColumn: SERIES_TIME_COLUMN, timeFormat: 'iso', valueColumns: filled },
    columns,
    sampleRows: rows,
    notes,
    ...(hosts.length > 1 ? { hosts } : {}),
  };
}

/** Sniffs the head (first 64 KB, possibly cut inside the document) of a monitoring tool's JSON. */
export function sniffSeriesJson(head: string, fileName: string, format: SeriesJsonFormat): Sniffed {
  const walk = seriesWalk(format, fileName, null);
  walk.push(head);
  walk.end(true);
  const series = [...walk.table.series.values()];
  if (series.length === 0) walk.finish(); // throws the format's "holds no series" message
  return describeSeries(format, series, walk.table.snapshot());
}

/**
 * Completes the preview of a big file from its whole text, streamed: every series of the file
 * (not only the head's) becomes a candidate column, so none is silently left out of the import.
 * Memory holds one record per series, not the points.
 */
export async function completeSeriesPreview(preview: ImportPreview, chunks: AsyncIterable<string>): Promise<ImportPreview> {
  const { format } = preview.mapping;
  if (!isSeriesJson(format)) return preview;
  const walk = seriesWalk(format, preview.fileName, { valueColumns: [], host: null });
  for await (const text of chunks) walk.push(text);
  walk.end(false);
  const series = [...walk.table.series.values()];
  if (series.length === 0) walk.finish();
  // Sample rows come back from the preview's own cells, matched by series name.
  const headNames = preview.columns.slice(1).map((column) => column.name);
  const sample: ParsedTable = {
    timestamps: Float64Array.from(preview.sampleRows.map((row) => Date.parse(row[0]))),
    columns: headNames.map((name, c) => ({ name, values: Float32Array.from(preview.sampleRows.map((row) => (row[c + 1] === '' ? NaN : Number(row[c + 1])))) })),
    labels: null,
    rowsRead: 0,
    skipped: { count: 0, examples: [] },
  };
  const found = describeSeries(format, series, sample);
  const notes = [...found.notes, ...preview.notes.filter((note) => note.startsWith('gzip'))];
  return { ...preview, ...found, mapping: { ...preview.mapping, ...found.mapping }, notes };
}
