import type { LiveRow } from './liveRow';

/**
 * Joins rows that arrive in parts into whole rows: the original tool's log writes one metric per
 * line, and a socket or followed file may deliver each line on its own. Parts with the same time are
 * merged; a row is complete once it holds `expectedKeys` values, or when a part with another time
 * arrives, or on {@link flush} (e.g. after the source fell silent for an interval).
 */
export class RowAssembler {
  private pending: LiveRow | null = null;

  /** `expectedKeys` 0 means "unknown": a row waits for the next time (one interval of delay). */
  constructor(private readonly expectedKeys = 0) {}

  /** Adds a row or part of one; returns the rows it completed, oldest first. */
  push(row: LiveRow): LiveRow[] {
    const done: LiveRow[] = [];
    const pending = this.pending;
    if (pending !== null && pending.timestamp === row.timestamp) {
      Object.assign(pending.values, row.values);
    } else {
      if (pending !== null) done.push(pending);
      // A copy: merging later parts must never change the caller's object.
      this.pending = { ...row, values: { ...row.values } };
    }
    if (this.expectedKeys > 0 && Object.keys(this.pending!.values).length >= this.expectedKeys) {
      done.push(this.pending!);
      this.pending = null;
    }
    return done;
  }

  /** Completes the row in progress, if any. */
  flush(): LiveRow[] {
    const pending = this.pending;
    this.pending = null;
    return pending === null ? [] : [pending];
  }
}
