import { describe, expect, it } from 'vitest';
import { labelCode } from '../../shared/anomaly';
import { SessionRecorder, type RecordedRows } from './sessionRecorder';

const T0 = Date.UTC(2024, 0, 1);

/** `n` rows from row number `first`: cpu = row number, ram = twice it, label 1 on rows 10..12. */
function rows(first: number, n: number, missingAt = -1): RecordedRows {
  const seq = Array.from({ length: n }, (_, i) => first + i);
  return {
    timestamps: Float64Array.from(seq, (s) => T0 + s * 1000),
    values: [Float32Array.from(seq), Float32Array.from(seq, (s) => 2 * s)],
    labels: Uint8Array.from(seq, (s) => (s >= 10 && s <= 12 ? labelCode('Unexpected Spike') : 0)),
    missing: missingAt < 0 ? null : Uint8Array.from(seq, (s) => (s === missingAt ? 1 : 0)),
  };
}

const options = { id: 'live-1', name: 'Live session', createdAt: 5, intervalMs: 1000 };

describe('SessionRecorder', () => {
  it('keeps appended rows past the start index and builds a live dataset with labels, missing flags and events', () => {
    const recorder = new SessionRecorder({ keys: ['cpu', 'ram'], labels: ['CPU %', 'RAM %'], labelled: true });
    recorder.append(rows(0, 8), 3); // the first 3 rows are history, recorded before
    recorder.append(rows(8, 10, 9));
    const dataset = recorder.toDataset(options);
    expect(Array.from(dataset.columns[0].values)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
    expect(dataset.columns.map((c) => c.label)).toEqual(['CPU %', 'RAM %']);
    expect(dataset.meta).toMatchObject({ source: 'live', rowCount: 15, start: T0 + 3000, end: T0 + 17_000, hasLabels: true, eventCount: 1, intervalMs: 1000 });
    expect(Array.from(dataset.missing!).indexOf(1)).toBe(6);
    expect(dataset.events).toMatchObject([{ type: 'Unexpected Spike', startIndex: 7, endIndex: 9 }]);
  });

  it('grows past its first capacity and, at the cap, drops the oldest rows and counts them', () => {
    const recorder = new SessionRecorder({ keys: ['cpu', 'ram'], labelled: false, cap: 10_000 });
    for (let first = 0; first < 12_000; first += 1000) recorder.append(rows(first, 1000));
    expect(recorder.size).toBe(10_000);
    expect(recorder.dropped).toBe(2000);
    const dataset = recorder.toDataset(options);
    expect(dataset.labels).toBeNull();
    expect(dataset.missing).toBeNull();
    expect(dataset.columns[1].values[0]).toBe(4000);
    expect(dataset.columns[0].values[9999]).toBe(11_999);
    expect(dataset.timestamps.every((t, i) => i === 0 || t > dataset.timestamps[i - 1])).toBe(true);
  });

  it('moves events given by time onto the kept rows and leaves out those before them', () => {
    const recorder = new SessionRecorder({ keys: ['cpu', 'ram'], labelled: true, cap: 20 });
    recorder.append(rows(0, 30));
    const event = (start: number, end: number) => ({ type: 'Memory Leak' as const, start: T0 + start * 1000, end: T0 + end * 1000, startIndex: start, endIndex: end, process: 'db', metrics: ['db.ram'] });
    const dataset = recorder.toDataset({ ...options, events: [event(2, 5), event(8, 12), event(28, 40)] });
    expect(dataset.events).toMatchObject([
      { startIndex: 0, endIndex: 2, start: T0 + 10_000, process: 'db' },
      { startIndex: 18, endIndex: 19, end: T0 + 29_000 },
    ]);
  });

  it('hands out copies, so transferring the dataset leaves the recorder intact', () => {
    const recorder = new SessionRecorder({ keys: ['cpu', 'ram'], labelled: false });
    recorder.append(rows(0, 4));
    const first = recorder.toDataset(options);
    first.columns[0].values.fill(-1);
    expect(Array.from(recorder.toDataset(options).columns[0].values)).toEqual([0, 1, 2, 3]);
  });
});
