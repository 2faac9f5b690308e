import type { Random } from '../random';
import { MS_PER_DAY, MS_PER_HOUR, utcDayOfWeek } from '../time';

/** Disk behaviour: logs grow with traffic, rotate nightly, a weekly cleanup and an emergency purge near full. */
const DISK = {
  startRange: [38, 48] as const,
  /** Percentage points of logs written per day at full traffic, and at none. */
  growthPerDay: { idle: 0.15, busy: 0.55 },
  /** Share of yesterday's logs that nightly rotation compresses away. */
  rotationReclaim: 0.6,
  weeklyCleanup: { day: 0, hour: 5, points: [0.2, 0.5] as const },
  /** A full disk triggers an operator's purge. */
  purge: { above: 92, points: [12, 18] as const },
  /** The weekly backup archive's size; the previous archive is deleted when a new one starts. */
  backupArchive: 3,
};

/** What the disk simulation carries from one block of rows to the next (live streaming). */
export interface DiskState {
  level: number;
  writtenToday: number;
  archive: number;
  hasArchive: boolean;
  /** Time of the last simulated row, NaN before the first. */
  previousTime: number;
  /** Whether the backup was running at that row. */
  previousBackup: boolean;
}

/** The disk before the first row: a random fill level, nothing written yet. */
export function createDiskState(rng: Random): DiskState {
  return { level: rng.uniform(DISK.startRange[0], DISK.startRange[1]), writtenToday: 0, archive: 0, hasArchive: false, previousTime: NaN, previousBackup: false };
}

/**
 * Disk % over time: slow growth driven by traffic, drops at log rotation (00:00 UTC) and weekly
 * cleanup, the backup archive, and each event's added points; always within 0..100.
 * With `state`, the run continues from it and leaves its end state there.
 */
export function simulateDisk(
  timestamps: Float64Array,
  demand: Float32Array,
  backupActive: Uint8Array,
  eventDelta: Float32Array,
  intervalSeconds: number,
  rng: Random,
  state: DiskState = createDiskState(rng),
): Float32Array {
  const n = timestamps.length;
  const disk = new Float32Array(n);
  const rowsPerDay = MS_PER_DAY / (intervalSeconds * 1000);
  let { level, writtenToday, archive, hasArchive, previousTime, previousBackup } = state;
  for (let i = 0; i < n; i++) {
    const t = timestamps[i];
    const started = !Number.isNaN(previousTime);
    const previous = started ? previousTime : t;
    if (started && Math.floor(t / MS_PER_DAY) !== Math.floor(previous / MS_PER_DAY)) {
      level -= DISK.rotationReclaim * writtenToday;
      writtenToday = 0;
    }
    const cleanupAt = DISK.weeklyCleanup.hour * MS_PER_HOUR;
    if (started && utcDayOfWeek(t) === DISK.weeklyCleanup.day && crossed(previous, t, cleanupAt)) {
      level -= rng.uniform(DISK.weeklyCleanup.points[0], DISK.weeklyCleanup.points[1]);
    }
    const backup = backupActive[i] !== 0;
    if (backup && !previousBackup) {
      if (hasArchive) level -= archive;
      archive = 0;
      hasArchive = true;
    }
    const written = (DISK.growthPerDay.idle + (DISK.growthPerDay.busy - DISK.growthPerDay.idle) * demand[i]) / rowsPerDay;
    level += written;
    writtenToday += written;
    if (backup) {
      const step = (DISK.backupArchive * intervalSeconds) / 7200; // the archive takes about two hours to write
      archive += step;
      level += step;
    }
    if (level > DISK.purge.above) level -= rng.uniform(DISK.purge.points[0], DISK.purge.points[1]);
    const value = level + eventDelta[i];
    disk[i] = value < 0 ? 0 : value > 100 ? 100 : value;
    previousTime = t;
    previousBackup = backup;
  }
  Object.assign(state, { level, writtenToday, archive, hasArchive, previousTime, previousBackup });
  return disk;
}

/** True when the UTC time of day `at` lies in (previous, t]. */
function crossed(previous: number, t: number, at: number): boolean {
  const day = Math.floor(t / MS_PER_DAY) * MS_PER_DAY;
  return previous < day + at && t >= day + at;
}

