import type { SkippedRow } from '../../shared/ingest';

/** Rows as parsed, before sorting and alignment: time order and spacing are whatever the file had. */
export interface ParsedTable {
  /** Epoch ms per row, in file order. Rows whose time could not be read are skipped, never NaN here. */
  timestamps: Float64Array;
  /** One column per mapped metric; NaN where a cell was empty or missing. */
  columns: { name: string; values: Float32Array }[];
  /** 0/1 per row from a mapped label column, or null. */
  labels: Uint8Array | null;
  /** Data lines seen (header and comment lines excluded). */
  rowsRead: number;
  skipped: { count: number; examples: SkippedRow[] };
}

/** A streaming parser: text goes in chunk by chunk (lines may be split across chunks), a table comes out. */
export interface RowParser {
  /** Feeds the next piece of decoded text. Throws ImportError for a problem that makes the whole file unusable. */
  push(text: string): void;
  /** Flushes the last line and returns the table; throws ImportError when nothing usable was found. */
  finish(): ParsedTable;
}

/** How many skipped-row examples a report keeps. */
export const SKIPPED_EXAMPLES = 5;

/** The rows of one part of a file (read by another worker), and what joining them to the part before needs. */
export interface TablePart {
  /** The part's rows, without the whole-file checks; skipped lines numbered from the first line of `head`. */
  table: ParsedTable;
  /** Lines of the head text the part's parser read first (a CSV's header), which the numbers above count. */
  headLines: number;
  /** State the part began without knowing and settled on itself (a server log's server name), or null. */
  settled: string | null;
  /** Rows whose field count differs from the header's, and the first one's line (as in `table`), for a CSV. */
  inconsistent: number;
  firstInconsistent: number;
}

/**
 * A parser whose lines stand alone once a head is read, so a file can be read in two parts at once: this
 * parser reads the first part, another (fed `head()` first) the rest, and `finishWith` joins them.
 */
export interface PartedParser extends RowParser {
  /** Text a parser for a later part must read first (a CSV's header lines): null until it has been read. */
  head(): string | null;
  /** Lines read so far. */
  readonly lines: number;
  /** Whether the text so far ends between records (no quoted field left open at its last line break). */
  atRecordEnd(): boolean;
  /** The state a later part must have settled on too (a server log's server), or null when any will do. */
  settled(): string | null;
  /** This parser's rows as a later part: no whole-file checks, so rows that fail here are judged with the rest. */
  finishPart(): Omit<TablePart, 'headLines'>;
  /** The whole file's table: this parser's rows (the first part) then `rest`'s, with the whole-file checks. */
  finishWith(rest: TablePart): ParsedTable;
}
