import type { AnomalyEvent } from '../../shared/anomaly';

export interface ParsedLabels {
  /** Per-row label code aligned to the dataset's timestamps (0 normal). */
  labels: Uint8Array;
  events: AnomalyEvent[];
  /** What was read, e.g. "NAB windows for realAWSCloudwatch/ec2_cpu_utilization_24ae8d.csv". */
  source: string;
}

/**
 * Reads a ground-truth file against a dataset's timestamps: this app's `debug_logs.txt`, one 0/1
 * label per line (SMD/ASD `test_label`), or NAB windows JSON (`{"file.csv": [[start, end], ...]}`,
 * matched by `dataFileName`). Throws ImportError naming the file and line.
 */
export function parseLabelFile(text: string, fileName: string, timestamps: Float64Array, dataFileName: string): ParsedLabels {
  void text;
  void fileName;
  void timestamps;
  void dataFileName;
  throw new Error('parseLabelFile: being written');
}

/** Events (runs of consecutive labelled rows) from a per-row label array. */
export function eventsFromLabels(labels: Uint8Array, timestamps: Float64Array): AnomalyEvent[] {
  void labels;
  void timestamps;
  throw new Error('eventsFromLabels: being written');
}
