import type { Dataset } from '../shared/dataset';

/** A small dataset for persistence and state tests. */
export function testDataset(id: string, createdAt: number, rows = 4): Dataset {
  const timestamps = Float64Array.from({ length: rows }, (_, i) => createdAt + i * 30_000);
  return {
    meta: {
      id,
      name: `server-${id}`,
      source: 'generated',
      createdAt,
      rowCount: rows,
      columnKeys: ['cpu', 'ram'],
      start: timestamps[0],
      end: timestamps[rows - 1],
      intervalMs: 30_000,
      sizeBytes: rows * (8 + 4 + 4 + 1),
      eventCount: 1,
      hasLabels: true,
    },
    timestamps,
    columns: [
      { key: 'cpu', label: 'CPU %', values: Float32Array.from({ length: rows }, (_, i) => i + 0.5) },
      { key: 'ram', label: 'RAM %', values: Float32Array.from({ length: rows }, (_, i) => 50 - i) },
    ],
    labels: Uint8Array.from({ length: rows }, (_, i) => (i === 1 ? 1 : 0)),
    events: [
      {
        type: 'Unexpected Spike',
        start: timestamps[1],
        end: timestamps[1],
        startIndex: 1,
        endIndex: 1,
        process: 'server',
        metrics: ['cpu'],
      },
    ],
  };
}
