import type { LiveIncident } from '../../shared/live';
import { DEFAULT_GAP_ROWS, DEFAULT_TOP_METRICS, joinsIncident, topContributors, withValues, type ContributionSource, type Contributor, type PeakValues } from '../detection/incidents';
import { severityOf } from '../detection/severity';

export interface LiveIncidentOptions {
  threshold: number;
  /** Contribution group names (see contributionGroups); empty for no top metrics. */
  groups?: readonly string[];
  /** Unflagged rows allowed inside one incident; default DEFAULT_GAP_ROWS, as findIncidents. */
  gapRows?: number;
  /** The alarm policy's cool-down (ms), as findIncidents; default 0. */
  cooldownMs?: number;
  /** Contributors kept per incident; default DEFAULT_TOP_METRICS. */
  topMetrics?: number;
  /** True for a row time inside a maintenance window: the row counts as unflagged, as in findIncidents. */
  suppressed?: (time: number) => boolean;
}

/** The open incident's running state; `endSeq` is the stream row of its last flagged row. */
interface Running {
  incident: LiveIncident;
  endSeq: number;
  sums: Float64Array;
  /** Each metric's actual and expected value at the peak row, when the source knows them. */
  peakValues: ReturnType<PeakValues>[];
}

/**
 * findIncidents one row at a time, for a stream: the same rule (a row is flagged when its score ≥
 * threshold, NaN never; up to `gapRows` unflagged rows inside one incident; severity from the peak
 * over the threshold; the top groups' shares of the flagged rows' summed squared errors), but
 * incidents come out while they grow. One closes (`open` false) once more than `gapRows` unflagged
 * rows followed it, when no later flag can join it any more. Every row of the stream must be pushed,
 * unscored ones as NaN, so gaps count as findIncidents counts them.
 */
export class LiveIncidentTracker {
  private readonly threshold: number;
  private readonly groups: readonly string[];
  private readonly gapRows: number;
  private readonly cooldownMs: number;
  private readonly topCount: number;
  private readonly suppressed: ((time: number) => boolean) | undefined;
  private running: Running | null = null;
  private nextId = 1;
  private seq = 0;
  /** Incidents that began or changed since the last takeChanged, by id. */
  private readonly changed = new Map<number, LiveIncident>();

  constructor(options: LiveIncidentOptions) {
    this.threshold = options.threshold;
    this.groups = options.groups ?? [];
    this.gapRows = Math.max(0, Math.floor(options.gapRows ?? DEFAULT_GAP_ROWS));
    this.cooldownMs = Math.max(0, options.cooldownMs ?? 0);
    this.topCount = Math.max(0, Math.floor(options.topMetrics ?? DEFAULT_TOP_METRICS));
    this.suppressed = options.suppressed;
  }

  /**
   * Feeds the next rows of the stream. `contributions.add(i, into)` adds batch row i's group sums
   * (it is called for flagged rows only).
   */
  push(timestamps: Float64Array, scores: Float32Array, contributions?: ContributionSource): void {
    for (let i = 0; i < scores.length; i++, this.seq++) {
      const score = scores[i];
      const run = this.running;
      const time = timestamps[i];
      if (!(score >= this.threshold) || this.suppressed?.(time)) {
        // No later flag (a row later, a moment later) could still join: close now, as findIncidents would.
        if (run && this.seq - run.endSeq > this.gapRows && time - run.incident.end >= this.cooldownMs) this.close();
        continue;
      }
      if (run && !joinsIncident(this.seq, time, run.endSeq, run.incident.end, this.gapRows, this.cooldownMs)) this.close();
      const fresh = this.running === null;
      const current = this.running ?? this.begin(time, score);
      const incident = current.incident;
      current.endSeq = this.seq;
      incident.end = time;
      if (fresh || score > incident.peakScore) {
        incident.peakScore = score;
        const values = contributions?.values;
        current.peakValues = values ? this.groups.map((_, g) => values(i, g)) : [];
      }
      if (contributions) contributions.add(i, current.sums);
      this.changed.set(incident.id, incident);
    }
  }

  /** Closes the open incident, if any (the stream ended). */
  finish(): void {
    this.close();
  }

  /** Incidents that began or changed since the last call, oldest first, as copies with their current top metrics and severity. */
  takeChanged(): LiveIncident[] {
    const out = [...this.changed.values()].map((incident) => this.snapshot(incident));
    this.changed.clear();
    return out;
  }

  /** The incident still open, or null. */
  get open(): LiveIncident | null {
    return this.running ? this.snapshot(this.running.incident) : null;
  }

  /** Rows pushed so far. */
  get rowsSeen(): number {
    return this.seq;
  }

  private begin(time: number, score: number): Running {
    const incident: LiveIncident = { id: this.nextId++, start: time, end: time, peakScore: score, severity: 'low', topMetrics: [], open: true };
    this.running = { incident, endSeq: this.seq, sums: new Float64Array(this.groups.length), peakValues: [] };
    return this.running;
  }

  private close(): void {
    const run = this.running;
    if (!run) return;
    this.running = null;
    run.incident.open = false;
    run.incident.topMetrics = this.top(run);
    this.changed.set(run.incident.id, run.incident);
  }

  private top(run: Running): Contributor[] {
    return withValues(topContributors(this.groups, run.sums, this.topCount), this.groups, (metric) => run.peakValues[metric]);
  }

  private snapshot(incident: LiveIncident): LiveIncident {
    const run = this.running;
    const topMetrics = run && run.incident === incident ? this.top(run) : incident.topMetrics;
    return { ...incident, severity: severityOf(incident.peakScore, this.threshold), topMetrics: topMetrics.map((m) => ({ ...m })) };
  }
}
