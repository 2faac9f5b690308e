import { ImportError } from '../../shared/errors';
import type { ImportMapping } from '../../shared/ingest';
import { createPartedParser } from './rowParser';
import type { ParsedTable, PartedParser, TablePart } from './table';
import { readTextChunks } from './textStream';
import { createYielder } from '../yieldToEventLoop';

/**
 * Smallest file read in two parts at once. Below it a second worker's start (tens of ms) outweighs half
 * the parse: reading runs at about 100 MB/s a thread, so 16 MB is 160 ms alone (npm run bench, parse).
 */
export const MIN_PARTED_BYTES = 16 * 1024 * 1024;
/** Bytes looked through for a line break after the middle of the file. */
const SPLIT_PROBE_BYTES = 64 * 1024;
const NEWLINE = 10;

/** A later part of a file to read: from byte `from` (a line's start) to the end, after reading `head`. */
export interface PartRequest {
  file: Blob;
  mapping: ImportMapping;
  fileName: string;
  from: number;
  head: string;
}

/**
 * Reads a later part of a file and gives its rows: in another worker in the app, in this thread in tests.
 * `onBytes` gets the file position read up to; the promise rejects on any failure, and `signal` stops it.
 */
export type PartReader = (request: PartRequest, onBytes: (position: number) => void, signal: AbortSignal) => Promise<TablePart>;

/** Where a file's second part begins: the byte after the first line break past its middle, or null when none is near. */
export async function splitOffset(file: Blob): Promise<number | null> {
  const middle = Math.floor(file.size / 2);
  const probe = new Uint8Array(await file.slice(middle, middle + SPLIT_PROBE_BYTES).arrayBuffer());
  const newline = probe.indexOf(NEWLINE);
  return newline === -1 || middle + newline + 1 >= file.size ? null : middle + newline + 1;
}

/** Reads `request`'s part as a parser that first read the head would: what a part reader runs. */
export async function readPart(request: PartRequest, onBytes?: (position: number) => void, signal?: AbortSignal): Promise<TablePart> {
  const { file, mapping, fileName, from, head } = request;
  const parser = createPartedParser(mapping, fileName);
  if (parser === null) throw new RangeError(`A ${mapping.format} file cannot be read in parts.`);
  parser.push(head);
  // The head ends with a line break, so every line of it has been read: the part's own lines are numbered after them.
  const headLines = parser.lines;
  // A task boundary a chunk, as the first reader has: its worker hears a message (a cancel, a debugger) while it reads.
  const yielder = createYielder();
  try {
    for await (const text of readTextChunks(file.slice(from).stream(), { fileName, compressed: false, fromByte: from, onBytes, signal })) {
      parser.push(text);
      await yielder.yieldNow();
    }
  } finally {
    yielder.close();
  }
  return { ...parser.finishPart(), headLines };
}

/** A part reader in this thread (tests, the Node lab): the same reading, interleaved with the first part's. */
export const inThreadPartReader: PartReader = (request, onBytes, signal) => readPart(request, onBytes, signal);

/** Whether `rest` continues where `parser` stopped as if one parser had read on: a record boundary, the same settled state. */
function joins(parser: PartedParser, rest: TablePart): boolean {
  const settled = parser.settled();
  return parser.atRecordEnd() && (settled === null || rest.settled === null || settled === rest.settled);
}

export interface PartedReadOptions {
  file: Blob;
  mapping: ImportMapping;
  fileName: string;
  parser: PartedParser;
  split: number;
  partReader: PartReader;
  signal?: AbortSignal;
  /** Bytes of the file read so far, both parts together. */
  onBytes: (bytes: number) => void;
}

/**
 * Reads a file in two parts at once: this thread the first (to `split`), `partReader` the rest, started as soon as
 * the head is known. The table is what one parser reading the whole file gives; when the parts do not join (the split
 * fell inside a quoted field, the rest names another server, the other reader failed) this thread reads the rest too.
 * @returns the table and how many readers made it
 */
export async function readInParts(options: PartedReadOptions): Promise<{ table: ParsedTable; readers: number }> {
  const { file, mapping, fileName, parser, split, partReader, signal } = options;
  const helper = new AbortController();
  const stopHelper = () => helper.abort();
  signal?.addEventListener('abort', stopHelper);
  let own = 0;
  let theirs = 0;
  const report = () => options.onBytes(own + theirs);
  let rest: Promise<TablePart | null> | null = null;
  // A worker starts a nested one (and hears its progress) only between tasks: a stream read in microtasks never yields.
  const yielder = createYielder();
  try {
    const chunks = readTextChunks(file.slice(0, split).stream(), { fileName, compressed: false, signal, onBytes: (bytes) => ((own = bytes), report()) });
    for await (const text of chunks) {
      parser.push(text);
      await yielder.yieldNow();
      const head: string | null = rest === null ? parser.head() : null;
      if (head === null) continue;
      const request: PartRequest = { file, mapping, fileName, from: split, head };
      rest = partReader(request, (position) => ((theirs = position - split), report()), helper.signal).catch((error: unknown) => {
        // A later part that fails is read again here, where its error (if it is one) gets its true line number.
        if (!(error instanceof ImportError) && !helper.signal.aborted) console.warn('The second reader failed; reading on alone', error);
        return null;
      });
    }
    const part = rest !== null && parser.atRecordEnd() ? await rest : null;
    if (part !== null && joins(parser, part)) return { table: parser.finishWith(part), readers: 2 };
    helper.abort();
    theirs = 0;
    const more = readTextChunks(file.slice(split).stream(), { fileName, compressed: false, signal, fromByte: split, onBytes: (position) => ((own = position), report()) });
    for await (const text of more) parser.push(text);
    return { table: parser.finish(), readers: 1 };
  } finally {
    yielder.close();
    helper.abort();
    signal?.removeEventListener('abort', stopHelper);
  }
}
