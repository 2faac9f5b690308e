/** Values per block: rows arrive in blocks of about 4 MB, so block bookkeeping is rare and a small file wastes little. */
const BLOCK_VALUES = 1 << 20;
const MIN_BLOCK_ROWS = 1024;

/** One block of rows: a time, a value per column and an optional label for each of its rows. */
export interface RowBlock {
  times: Float64Array;
  values: Float32Array[];
  labels: Uint8Array | null;
}

/** Rows per block for a table of `columns` columns (fewer rows when there are many columns). */
export function blockRows(columns: number): number {
  return Math.max(MIN_BLOCK_ROWS, Math.floor(BLOCK_VALUES / Math.max(1, columns)));
}

/** An empty block of `rows` rows. */
export function newBlock(rows: number, columns: number, withLabels: boolean): RowBlock {
  return {
    times: new Float64Array(rows),
    values: Array.from({ length: columns }, () => new Float32Array(rows)),
    labels: withLabels ? new Uint8Array(rows) : null,
  };
}

/** The first `length` values of blocks of `rows` values each, then `tail`'s, joined into one exactly sized array. */
export function joinBlocks<T extends Float64Array | Float32Array | Uint8Array>(parts: T[], rows: number, length: number, make: (length: number) => T, tail?: T): T {
  const out = make(length + (tail?.length ?? 0));
  if (tail) out.set(tail, length);
  for (let b = 0, at = 0; at < length; b++, at += rows) {
    const part = parts[b];
    out.set(length - at >= rows ? part : (part.subarray(0, length - at) as T), at);
  }
  return out;
}
