import { float32Column, float64Column, type ColumnBuilder } from './columnBuilder';
import type { ParsedTable } from './table';
import { SkipLog } from './tableBuilder';

/** One row per distinct time and one column per series key: long tables and one-metric-per-line logs land here. */
export class PivotTable {
  private readonly times = float64Column();
  private readonly rowOf = new Map<number, number>();
  private lastTime = NaN;
  private lastRow = -1;
  private readonly keys: string[] = [];
  private readonly columns: ColumnBuilder<Float32Array>[] = [];
  private readonly columnOf = new Map<string, number>();
  rowsRead = 0;
  readonly skips = new SkipLog();

  /** The row for `time`, added when new; consecutive lines usually share a time, so that case skips the map. */
  rowFor(time: number): number {
    if (time === this.lastTime) return this.lastRow;
    // A series repeating the previous one's times (Prometheus, Datadog) walks the rows in order: no map lookup.
    const next = this.lastRow + 1;
    let row = next < this.times.length && this.times.get(next) === time ? next : this.rowOf.get(time);
    if (row === undefined) {
      row = this.times.length;
      this.times.push(time);
      this.rowOf.set(time, row);
    }
    this.lastTime = time;
    this.lastRow = row;
    return row;
  }

  /** The column for a series key, added (empty so far) when new. */
  columnFor(key: string): number {
    let column = this.columnOf.get(key);
    if (column === undefined) {
      column = this.columns.length;
      this.keys.push(key);
      this.columns.push(float32Column());
      this.columnOf.set(key, column);
    }
    return column;
  }

  /** Stores a value; a later line with the same time and series overwrites it. */
  set(row: number, column: number, value: number): void {
    const values = this.columns[column];
    if (values.length <= row) values.fillTo(row + 1, NaN);
    values.set(row, value);
  }

  /** The table with columns named by `rename(key)`; keys it maps to null are dropped. */
  toTable(rename: (key: string) => string | null = (key) => key): ParsedTable {
    const rows = this.times.length;
    const columns: ParsedTable['columns'] = [];
    this.keys.forEach((key, c) => {
      const name = rename(key);
      if (name === null) return;
      this.columns[c].fillTo(rows, NaN);
      columns.push({ name, values: this.columns[c].toArray() });
    });
    return {
      timestamps: this.times.toArray(),
      columns,
      labels: null,
      rowsRead: this.rowsRead,
      skipped: { count: this.skips.count, examples: this.skips.examples },
    };
  }

  get seriesKeys(): readonly string[] {
    return this.keys;
  }
}
