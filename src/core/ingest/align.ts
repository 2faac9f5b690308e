import type { ImportReport } from '../../shared/ingest';
import type { ParsedTable } from './table';

/** Rows sorted, de-duplicated and on a regular grid; missing steps filled forward and flagged. */
export interface AlignedTable {
  timestamps: Float64Array;
  columns: { name: string; values: Float32Array }[];
  labels: Uint8Array | null;
  /** 1 where the row was added for a missing step (values forward-filled). */
  missing: Uint8Array | null;
  report: Pick<ImportReport, 'rowsImported' | 'duplicatesDropped' | 'intervalMs' | 'gaps' | 'filledRows' | 'alignedRows'>;
}

/**
 * Sorts by time, drops exact duplicate timestamps, detects the interval (median step) unless given,
 * aligns irregular rows to that grid and fills missing steps forward, flagging them.
 */
export function alignTable(table: ParsedTable, options: { intervalMs?: number } = {}): AlignedTable {
  void table;
  void options;
  throw new Error('alignTable: being written');
}
