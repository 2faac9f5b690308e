/**
 * The step between rows, learnt from the last few steps when the source does not state it: their
 * median, so one gap or one burst does not move it.
 */
export class IntervalTracker {
  private readonly steps: Float64Array;
  private count = 0;
  private next = 0;

  constructor(
    /** The stated interval (ms), or null to learn it. */
    private readonly known: number | null = null,
    size = 15,
  ) {
    this.steps = new Float64Array(size);
  }

  /** Records the step between two accepted rows (ignored when the interval is stated). */
  observe(stepMs: number): void {
    if (this.known !== null || !(stepMs > 0) || !Number.isFinite(stepMs)) return;
    this.steps[this.next] = stepMs;
    this.next = (this.next + 1) % this.steps.length;
    this.count = Math.min(this.count + 1, this.steps.length);
  }

  /** The interval in ms, or NaN before any step was seen. */
  get intervalMs(): number {
    if (this.known !== null) return this.known;
    if (this.count === 0) return NaN;
    const sorted = this.steps.slice(0, this.count).sort();
    const mid = this.count >> 1;
    return this.count % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
