/** What a live source did to its rows so far, for the status line. */
export interface LiveQueueStats {
  /** Rows pushed, dropped ones included. */
  received: number;
  /** Messages or lines that yielded no row (see LiveMessageError). */
  malformed: number;
  /** Rows thrown away because the queue was full (the scorer fell behind). */
  dropped: number;
  /** Rows waiting for the scorer now. */
  queued: number;
  /** Rows the scorer reported done. */
  scored: number;
}

/**
 * A bounded first-in-first-out queue between a live source and the scorer (back-pressure). When the
 * scorer falls behind and the queue is full, the oldest row is dropped: a monitor must show what the
 * server does now, and a backlog of stale rows would only delay every later alarm; the table sees
 * the lost rows as a gap. A ring buffer, so push and take cost the same however full it is.
 */
export class LiveQueue<T> {
  private readonly items: (T | undefined)[];
  private head = 0;
  private count = 0;
  private readonly totals = { received: 0, malformed: 0, dropped: 0, scored: 0 };

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`LiveQueue: capacity must be a whole number of at least 1, got ${capacity}.`);
    this.items = new Array<T | undefined>(capacity);
  }

  /** Adds a received row; returns the row it dropped to make room, if any. */
  push(item: T): T | undefined {
    this.totals.received++;
    let dropped: T | undefined;
    if (this.count === this.capacity) {
      dropped = this.items[this.head];
      this.items[this.head] = undefined;
      this.head = (this.head + 1) % this.capacity;
      this.count--;
      this.totals.dropped++;
    }
    this.items[(this.head + this.count) % this.capacity] = item;
    this.count++;
    return dropped;
  }

  /** Takes up to `max` of the oldest rows, in arrival order, for the scorer. */
  takeBatch(max: number): T[] {
    const n = Math.max(0, Math.min(Math.floor(max), this.count));
    const batch = new Array<T>(n);
    for (let i = 0; i < n; i++) {
      const at = (this.head + i) % this.capacity;
      batch[i] = this.items[at] as T;
      this.items[at] = undefined; // let the row be collected
    }
    this.head = (this.head + n) % this.capacity;
    this.count -= n;
    return batch;
  }

  /** Counts messages or lines that yielded no row. */
  noteMalformed(count = 1): void {
    this.totals.malformed += count;
  }

  /** Counts rows the scorer finished. */
  noteScored(count: number): void {
    this.totals.scored += count;
  }

  /** Rows waiting now. */
  get size(): number {
    return this.count;
  }

  /** A snapshot of the counters. */
  stats(): LiveQueueStats {
    return { ...this.totals, queued: this.count };
  }

  /** Empties the queue; the counters stay (they describe the whole session). */
  clear(): void {
    this.items.fill(undefined);
    this.head = 0;
    this.count = 0;
  }
}
