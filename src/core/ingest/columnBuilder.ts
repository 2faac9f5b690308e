type TypedArray = Float32Array | Float64Array | Uint8Array;
type TypedArrayConstructor<T extends TypedArray> = new (length: number) => T;

const INITIAL_CAPACITY = 1024;

/** A typed array that grows by doubling, so appending a million values costs ~20 copies, not a million. */
export class ColumnBuilder<T extends TypedArray> {
  private data: T;
  length = 0;

  constructor(private readonly Type: TypedArrayConstructor<T>, capacity = INITIAL_CAPACITY) {
    this.data = new Type(Math.max(1, capacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) this.grow(this.length * 2);
    this.data[this.length++] = value;
  }

  /** Sets a value at an index below `length`. */
  set(index: number, value: number): void {
    this.data[index] = value;
  }

  get(index: number): number {
    return this.data[index];
  }

  /** Appends `value` until the column holds `length` values (pivots add late-appearing columns this way). */
  fillTo(length: number, value: number): void {
    if (length > this.data.length) this.grow(Math.max(length, this.data.length * 2));
    this.data.fill(value, this.length, length);
    this.length = Math.max(this.length, length);
  }

  /** The values as an exactly sized array (a copy only when capacity exceeds the length). */
  toArray(): T {
    return this.length === this.data.length ? this.data : (this.data.slice(0, this.length) as T);
  }

  private grow(capacity: number): void {
    const next = new this.Type(capacity);
    next.set(this.data);
    this.data = next;
  }
}

/** A column of float32 metric values. */
export const float32Column = (capacity?: number) => new ColumnBuilder(Float32Array, capacity);
/** A column of float64 epoch-ms timestamps. */
export const float64Column = (capacity?: number) => new ColumnBuilder(Float64Array, capacity);
/** A column of 0/1 labels. */
export const uint8Column = (capacity?: number) => new ColumnBuilder(Uint8Array, capacity);
