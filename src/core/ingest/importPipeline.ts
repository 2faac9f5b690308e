import type { Dataset } from '../../shared/dataset';
import { ImportError } from '../../shared/errors';
import type { ImportMapping, ImportPreview, ImportProgress, ImportReport } from '../../shared/ingest';
import { alignTable } from './align';
import { buildImportedDataset } from './buildDataset';
import { unknownKindMessage } from './knownFormats';
import { parseLabelFile, type ParsedLabels } from './labels';
import { MIN_PARTED_BYTES, readInParts, splitOffset, type PartReader } from './partedRead';
import { createPartedParser, createRowParser } from './rowParser';
import { detectSeriesJson, isSeriesJson } from './seriesJson';
import { sniffFormat } from './sniff';
import type { ParsedTable } from './table';
import { completeSeriesPreview } from './sniffSeriesJson';
import { checkHeadBytes, readTextChunks, readTextHead, readWholeText } from './textStream';
import { completeToolPreview, needsToolScan } from './toolPreview';

/** How much of a file's (decompressed) text the format is sniffed from. */
export const PREVIEW_BYTES = 64 * 1024;
/** Formats whose lines carry their own time. */
const LOG_FORMATS = new Set<ImportMapping['format']>(['server-log', 'original-log']);
/** Bytes read from disk to look for magic numbers. */
const HEAD_BYTES = 4096;
/**
 * Reading progress is reported at most this often: ten redraws a second look smooth, and each is a render on the
 * page's thread, which shares the cores with reading (at every 0.5 % of a 1-second import, 200 renders cost about 0.1 s).
 */
const PROGRESS_EVERY_MS = 100;

/** A file as the importer needs it: a Blob with a name (a File in the browser). */
export type NamedBlob = Blob & { readonly name: string };

export interface ImportedFile {
  dataset: Dataset;
  report: ImportReport;
}

export interface ImportOptions {
  /** The new dataset's id and creation time (the caller decides, so tests are deterministic). */
  id: string;
  createdAt: number;
  /** Defaults to the file name. */
  name?: string;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** Reads the second half of a big file while this thread reads the first (see readInParts); without it, one reads all. */
  partReader?: PartReader;
}

/**
 * Text of the first part of a file, cut at its last line break when more follows. Refuses a head
 * that holds no complete data line: a line that long is no metric log (a JSON array may be one line).
 */
function wholeLines(head: string, truncated: boolean, fileName: string): string {
  // A JSON array, or a monitoring tool's JSON document, may be one line of many MB: it is streamed, not cut into lines.
  if (!truncated || head.trimStart().startsWith('[') || (head.trimStart().startsWith('{') && detectSeriesJson(head) !== null)) return head;
  const kept = head.slice(0, head.lastIndexOf('\n') + 1);
  let lines = 0;
  let breaks = 0;
  for (let from = 0; from < kept.length; breaks++) {
    const end = kept.indexOf('\n', from);
    if (kept.slice(from, end).trim() !== '') lines++;
    from = end + 1;
  }
  if (lines >= 2) return kept;
  const limit = `${Math.round(PREVIEW_BYTES / 1024)} KB`;
  throw new ImportError(fileName, breaks + 1, unknownKindMessage(`this line is longer than ${limit}, far too long for a line of metrics.`));
}

/**
 * Reads the first 64 KB of a file's text (gunzipping it when the bytes say gzip) and detects how to
 * import it. Throws ImportError for binary files, non-UTF-8 text and text that is no metric log.
 */
export async function previewFile(file: NamedBlob): Promise<ImportPreview> {
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const { compressed } = checkHeadBytes(head, file.name);
  const text = await readTextHead(file.stream(), { fileName: file.name, compressed, maxBytes: PREVIEW_BYTES });
  const truncated = compressed || file.size > PREVIEW_BYTES;
  const preview = sniffFormat(wholeLines(text, truncated, file.name), file.name, file.size, compressed);
  // A tool's tables or reports come one after another: a big file is read whole so every series is listed.
  if (truncated && needsToolScan(preview.mapping.format)) return completeToolPreview(preview, readTextChunks(file.stream(), { fileName: file.name, compressed }));
  if (!truncated || !isSeriesJson(preview.mapping.format)) return preview;
  // Series may start anywhere in a big JSON document: every one is listed, not only the head's.
  return completeSeriesPreview(preview, readTextChunks(file.stream(), { fileName: file.name, compressed }));
}

function progressReporter(totalBytes: number, onProgress: ImportOptions['onProgress']) {
  let last = -Infinity;
  return (phase: ImportProgress['phase'], bytesRead: number): void => {
    if (!onProgress) return;
    const now = performance.now();
    if (phase === 'reading' && now - last < PROGRESS_EVERY_MS && bytesRead > 0 && bytesRead < totalBytes) return;
    last = now;
    onProgress({ phase, bytesRead, totalBytes });
  };
}

/** The file's rows as parsed: in two parts at once when it is big and its lines stand alone, else in one pass. */
async function readRows(file: NamedBlob, mapping: ImportMapping, options: ImportOptions, onBytes: (bytes: number) => void): Promise<{ table: ParsedTable; readers: number }> {
  const { signal, partReader } = options;
  const parted = partReader && !mapping.compressed && file.size >= MIN_PARTED_BYTES ? createPartedParser(mapping, file.name) : null;
  const split = parted ? await splitOffset(file) : null;
  if (parted && partReader && split !== null) return readInParts({ file, mapping, fileName: file.name, parser: parted, split, partReader, signal, onBytes });
  const parser = createRowParser(mapping, file.name);
  // Blob.stream() beats sliced reads in Chromium: its pipe refills while a chunk is parsed, slices wait for the thread.
  const chunks = readTextChunks(file.stream(), { fileName: file.name, compressed: mapping.compressed, signal, onBytes });
  for await (const text of chunks) parser.push(text);
  return { table: parser.finish(), readers: 1 };
}

/**
 * Imports a file with a confirmed mapping: streams its text through the row parser, reads an
 * optional label file against the parsed rows, aligns rows and labels to a regular grid and
 * assembles a Dataset. Nothing is stored here; a failure throws ImportError naming the file and line.
 */
export async function importFile(
  file: NamedBlob,
  mapping: ImportMapping,
  labelsFile: NamedBlob | null,
  options: ImportOptions,
): Promise<ImportedFile> {
  const { signal } = options;
  const totalBytes = file.size + (labelsFile?.size ?? 0);
  const progress = progressReporter(totalBytes, options.onProgress);
  progress('reading', 0);

  const read = await readRows(file, mapping, options, (bytes) => progress('reading', bytes));
  let table = read.table;
  signal?.throwIfAborted();

  // A label file is read against the rows as parsed, so one-label-per-line files match row for row;
  // its labels then ride through alignment with their rows (and replace a label column).
  let labels: ParsedLabels | null = null;
  if (labelsFile) {
    progress('labels', file.size);
    const text = await readWholeText(labelsFile, labelsFile.name, signal);
    labels = parseLabelFile(text, labelsFile.name, table.timestamps, file.name);
    table = { ...table, labels: labels.labels };
  }

  progress('aligning', totalBytes);
  // Rows without a time of their own are steps of the stated interval; otherwise it is detected.
  const stepsOnly = !LOG_FORMATS.has(mapping.format) && mapping.timeColumn === null;
  const intervalMs = stepsOnly && mapping.intervalSeconds !== null ? mapping.intervalSeconds * 1000 : undefined;
  const aligned = alignTable(table, { intervalMs, fileName: file.name });

  progress('building', totalBytes);
  const report: ImportReport = {
    fileName: file.name,
    format: mapping.format,
    bytesRead: file.size,
    rowsRead: table.rowsRead,
    skipped: table.skipped,
    ...aligned.report,
    readers: read.readers,
    labels: null,
  };
  const dataset = buildImportedDataset(aligned, labels, report, {
    id: options.id,
    // One host of several gets a dataset named after it, so per-host imports of one file stay apart.
    name: options.name ?? (mapping.host ? `${file.name} (${mapping.host})` : file.name),
    createdAt: options.createdAt,
  });
  // buildImportedDataset completes the report with what the labels gave.
  const finalReport = dataset.meta.report ?? report;
  return { dataset, report: finalReport };
}
