/**
 * Events per second over a sliding window, e.g. rows received or scored. Counts go into fixed
 * buckets, so memory is constant however fast rows come. Time is passed in (`now`, ms) rather
 * than read from a clock, which keeps it testable and lets a simulated clock drive it.
 */
export class RateMeter {
  private readonly bucketMs: number;
  private readonly counts: Float64Array;
  /** The bucket number (time / bucketMs) each slot currently holds. */
  private readonly slots: Float64Array;
  private firstAt = NaN;

  constructor(
    private readonly windowMs = 10_000,
    buckets = 20,
  ) {
    this.bucketMs = windowMs / buckets;
    this.counts = new Float64Array(buckets);
    this.slots = new Float64Array(buckets).fill(-Infinity);
  }

  /** Records `count` events at time `now`. */
  record(now: number, count = 1): void {
    if (Number.isNaN(this.firstAt)) this.firstAt = now;
    const bucket = Math.floor(now / this.bucketMs);
    const slot = mod(bucket, this.counts.length);
    if (this.slots[slot] !== bucket) {
      this.slots[slot] = bucket;
      this.counts[slot] = 0;
    }
    this.counts[slot] += count;
  }

  /**
   * Events per second over the window ending at `now`. While the meter is younger than its window
   * the rate is over its age (at least one bucket), so it does not start near zero.
   */
  rate(now: number): number {
    if (Number.isNaN(this.firstAt)) return 0;
    const current = Math.floor(now / this.bucketMs);
    const oldest = current - this.counts.length + 1;
    let total = 0;
    for (let i = 0; i < this.counts.length; i++) {
      if (this.slots[i] >= oldest && this.slots[i] <= current) total += this.counts[i];
    }
    const span = Math.min(this.windowMs, Math.max(this.bucketMs, now - this.firstAt));
    return (total * 1000) / span;
  }

  /** Forgets everything recorded. */
  reset(): void {
    this.counts.fill(0);
    this.slots.fill(-Infinity);
    this.firstAt = NaN;
  }
}

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}
