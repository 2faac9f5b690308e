/**
 * Simulated time running `speed` times faster than the wall clock (1×, 60×, 3600×). Wall time is
 * passed in (`now`, ms) rather than read, so core code stays testable; changing the speed keeps the
 * simulated time continuous.
 */
export class SimClock {
  private simAt: number;
  private wallAt: number;

  constructor(
    /** Simulated epoch ms at wall time `wallStart`. */
    simStart: number,
    wallStart: number,
    private rate = 1,
  ) {
    this.simAt = simStart;
    this.wallAt = wallStart;
  }

  /** Simulated time at wall time `now`. */
  at(now: number): number {
    return this.simAt + (now - this.wallAt) * this.rate;
  }

  /** The current speed factor. */
  get speed(): number {
    return this.rate;
  }

  /** Changes the speed from wall time `now` on; 0 pauses. */
  setSpeed(now: number, speed: number): void {
    if (!(speed >= 0) || !Number.isFinite(speed)) throw new RangeError(`SimClock: speed must be a finite number of at least 0, got ${speed}.`);
    this.simAt = this.at(now);
    this.wallAt = now;
    this.rate = speed;
  }
}
