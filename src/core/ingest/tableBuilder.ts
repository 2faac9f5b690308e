import type { SkippedRow } from '../../shared/ingest';
import { ImportError } from '../../shared/errors';
import { blockRows, joinBlocks, newBlock, type RowBlock } from './rowBlocks';
import { SKIPPED_EXAMPLES, type ParsedTable } from './table';

/** Rows of a file's later part to append to a table (see PartedParser), and how far its line numbers are off. */
export interface LaterRows {
  table: ParsedTable;
  /** Added to the later part's line numbers, so they count from the file's first line. */
  lineOffset: number;
}

/** Skipped rows: a count and the first few examples with their line numbers. */
export class SkipLog {
  count = 0;
  readonly examples: SkippedRow[] = [];

  add(line: number, reason: string): void {
    this.count++;
    if (this.examples.length < SKIPPED_EXAMPLES) this.examples.push({ line, reason });
  }
}

/**
 * Rows appended one at a time into fixed columns: the parser sets the current row's values (and
 * `label`), then commits its time. Values go straight into fixed-size blocks, so nothing is copied
 * while rows arrive and the columns are joined once at the end.
 */
export class RowTable {
  label = 0;
  rowsRead = 0;
  readonly skips = new SkipLog();
  private readonly blocks: RowBlock[] = [];
  private readonly blockRows: number;
  /** The block being filled and the index of the current row in it. */
  private block: RowBlock;
  private at = 0;

  constructor(readonly names: string[], private readonly withLabels: boolean) {
    this.blockRows = blockRows(names.length);
    this.block = this.addBlock();
  }

  /** Sets the current row's value in column `column`; a skipped row's values are simply overwritten. */
  set(column: number, value: number): void {
    this.block.values[column][this.at] = value;
  }

  /** The current block's value columns; the current row is {@link row} in each (both change at a commit). */
  get cells(): Float32Array[] {
    return this.block.values;
  }

  /** The current row's index in {@link cells}. */
  get row(): number {
    return this.at;
  }

  /** Sets every value of the current row to NaN (missing), for formats whose rows may leave columns out. */
  clear(): void {
    const { values } = this.block;
    for (let c = 0; c < values.length; c++) values[c][this.at] = NaN;
  }

  /** Appends the current row at `time`. */
  commit(time: number): void {
    const { block } = this;
    block.times[this.at] = time;
    if (block.labels !== null) block.labels[this.at] = this.label;
    if (++this.at < this.blockRows) return;
    this.block = this.addBlock();
    this.at = 0;
  }

  /** Rows committed so far. */
  get length(): number {
    return (this.blocks.length - 1) * this.blockRows + this.at;
  }

  /** The rows as columns, with a later part's rows after them when given: one copy of each value, straight from the blocks. */
  toTable(later?: LaterRows): ParsedTable {
    const { blocks, blockRows: rows, length } = this;
    const rest = later?.table;
    if (rest && rest.columns.length !== this.names.length) throw new RangeError(`A part of ${rest.columns.length} columns does not join ${this.names.length}.`);
    const moved = rest ? rest.skipped.examples.map(({ line, reason }) => ({ line: line + later.lineOffset, reason })) : [];
    return {
      timestamps: joinBlocks(blocks.map((b) => b.times), rows, length, (n) => new Float64Array(n), rest?.timestamps),
      columns: this.names.map((name, c) => ({ name, values: joinBlocks(blocks.map((b) => b.values[c]), rows, length, (n) => new Float32Array(n), rest?.columns[c].values) })),
      labels: this.withLabels ? joinBlocks(blocks.map((b) => b.labels!), rows, length, (n) => new Uint8Array(n), rest?.labels ?? undefined) : null,
      rowsRead: this.rowsRead + (rest?.rowsRead ?? 0),
      skipped: { count: this.skips.count + (rest?.skipped.count ?? 0), examples: [...this.skips.examples, ...moved].slice(0, SKIPPED_EXAMPLES) },
    };
  }

  private addBlock(): RowBlock {
    const block = newBlock(this.blockRows, this.names.length, this.withLabels);
    this.blocks.push(block);
    return block;
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
