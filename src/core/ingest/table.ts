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
