/** One row of live data: when it was measured and its metric values by column key. */
export interface LiveRow {
  /** Epoch milliseconds, UTC. */
  timestamp: number;
  /** Metric values by column key; NaN marks a metric the source named but left empty. */
  values: Record<string, number>;
  /** Ground-truth label code (see `labelCode`), known only for simulated rows. */
  label?: number;
}
