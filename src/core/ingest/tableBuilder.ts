import type { SkippedRow } from '../../shared/ingest';
import { ImportError } from '../../shared/errors';
import { float32Column, float64Column, uint8Column, type ColumnBuilder } from './columnBuilder';
import { SKIPPED_EXAMPLES, type ParsedTable } from './table';

/** Skipped rows: a count and the first few examples with their line numbers. */
export class SkipLog {
  count = 0;
  readonly examples: SkippedRow[] = [];

  add(line: number, reason: string): void {
    this.count++;
    if (this.examples.length < SKIPPED_EXAMPLES) this.examples.push({ line, reason });
  }
}

/** Rows appended one at a time into fixed columns: the parser fills `row` (and `label`), then commits. */
export class RowTable {
  readonly times = float64Column();
  readonly values: ColumnBuilder<Float32Array>[];
  readonly labels: ColumnBuilder<Uint8Array> | null;
  /** Scratch values of the row being read, one per column. */
  readonly row: Float64Array;
  label = 0;
  rowsRead = 0;
  readonly skips = new SkipLog();

  constructor(readonly names: string[], withLabels: boolean) {
    this.values = names.map(() => float32Column());
    this.labels = withLabels ? uint8Column() : null;
    this.row = new Float64Array(names.length);
  }

  /** Appends the scratch row at `time`. */
  commit(time: number): void {
    this.times.push(time);
    const { row, values } = this;
    for (let c = 0; c < values.length; c++) values[c].push(row[c]);
    this.labels?.push(this.label);
  }

  toTable(): ParsedTable {
    return {
      timestamps: this.times.toArray(),
      columns: this.names.map((name, c) => ({ name, values: this.values[c].toArray() })),
      labels: this.labels?.toArray() ?? null,
      rowsRead: this.rowsRead,
      skipped: { count: this.skips.count, examples: this.skips.examples },
    };
  }
}

/**
 * Throws the ImportError that explains an empty result: no data rows at all, or every row skipped
 * (quoting the first reason), or no selected column found. Returns the table unchanged when it has rows.
 */
export function requireRows(fileName: string, table: ParsedTable): ParsedTable {
  if (table.timestamps.length > 0) {
    if (table.columns.length === 0) throw new ImportError(fileName, null, 'none of the selected columns appear in the file.');
    return table;
  }
  if (table.rowsRead === 0) throw new ImportError(fileName, null, 'the file has no data rows (it is empty, or holds only a header or comments).');
  const first = table.skipped.examples[0];
  const rows = table.rowsRead === 1 ? 'the only data row could not be read' : `none of the ${table.rowsRead} data rows could be read`;
  throw new ImportError(fileName, first?.line ?? null, `${rows}: ${first?.reason ?? 'unknown problem'}.`);
}
