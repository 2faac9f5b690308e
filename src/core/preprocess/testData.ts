import type { Dataset } from '../../shared/dataset';

/** Tests only: a small dataset from plain arrays, one row per minute from 2024-01-01 00:00 UTC. */
export function tinyDataset(columns: Record<string, number[]>, extra: { labels?: number[]; missing?: number[]; start?: number } = {}): Dataset {
  const keys = Object.keys(columns);
  const n = keys.length > 0 ? columns[keys[0]].length : 0;
  const start = extra.start ?? Date.UTC(2024, 0, 1);
  const timestamps = Float64Array.from({ length: n }, (_, i) => start + i * 60_000);
  return {
    meta: {
      id: 'tiny', name: 'tiny', source: 'generated', createdAt: 0, rowCount: n, columnKeys: keys,
      start: timestamps[0], end: timestamps[n - 1], intervalMs: 60_000, sizeBytes: 0, eventCount: 0, hasLabels: !!extra.labels,
    },
    timestamps,
    columns: keys.map((key) => ({ key, label: key, values: Float32Array.from(columns[key]) })),
    labels: extra.labels ? Uint8Array.from(extra.labels) : null,
    missing: extra.missing ? Uint8Array.from(extra.missing) : null,
    events: [],
  };
}

/** Tests only: 0, 1, ..., n - 1. */
export const ramp = (n: number, from = 0): number[] => Array.from({ length: n }, (_, i) => from + i);
