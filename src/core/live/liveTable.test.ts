import { describe, expect, it } from 'vitest';
import { PREPROCESSING_VERSION, inputWidth, type Preprocessing } from '../../shared/preprocessing';
import { allRows, buildMatrix } from '../preprocess/matrix';
import { LiveTable, scoringHistory, type LiveTableOptions } from './liveTable';

const T0 = Date.UTC(2024, 0, 1);
const STEP = 60_000;
const row = (i: number, extra: Partial<{ t: number; label: number }> = {}) => ({
  timestamp: extra.t ?? T0 + i * STEP,
  values: { cpu: i, ram: 100 + ((i * 7) % 5) },
  ...(extra.label === undefined ? {} : { label: extra.label }),
});
const table = (over: Partial<LiveTableOptions> = {}) => new LiveTable({ keys: ['cpu', 'ram'], capacity: 50, intervalMs: STEP, ...over });

function prep(window: number, stillness: boolean, context: boolean): Preprocessing {
  return { version: PREPROCESSING_VERSION, features: ['cpu', 'ram'], min: [0, 100], max: [100, 110], context, window, stillness, inputWidth: inputWidth(2, window, context, stillness) };
}

describe('LiveTable', () => {
  it('keeps rows as columns and gives a Dataset view of them', () => {
    const t = table({ labels: ['CPU %', 'RAM %'], name: 'web-1 live', createdAt: 7 });
    for (let i = 0; i < 3; i++) expect(t.append(row(i))).toBe('added');
    const { dataset, newRows, firstSeq } = t.recent();
    expect(Array.from(dataset.timestamps)).toEqual([T0, T0 + STEP, T0 + 2 * STEP]);
    expect(dataset.columns.map((c) => [c.key, c.label, Array.from(c.values)])).toEqual([
      ['cpu', 'CPU %', [0, 1, 2]],
      ['ram', 'RAM %', [100, 102, 104]],
    ]);
    expect(dataset.meta).toMatchObject({ source: 'live', name: 'web-1 live', createdAt: 7, rowCount: 3, start: T0, end: T0 + 2 * STEP, intervalMs: STEP });
    expect(dataset.labels).toBeNull();
    expect(dataset.missing).toBeNull();
    expect(Array.from(newRows)).toEqual([0, 1, 2]);
    expect(firstSeq).toBe(0);
  });

  it('rolls over, keeping only the last `capacity` rows', () => {
    const t = table({ capacity: 4 });
    for (let i = 0; i < 10; i++) t.append(row(i));
    const { dataset, firstSeq } = t.recent();
    expect(Array.from(dataset.columns[0].values)).toEqual([6, 7, 8, 9]);
    expect(firstSeq).toBe(6);
    expect(Array.from(t.recent(2).dataset.columns[0].values)).toEqual([8, 9]);
    expect(t.size).toBe(4);
    expect(t.rowsSeen).toBe(10);
  });

  it('drops duplicate and older rows and counts them', () => {
    const t = table();
    t.append(row(0));
    t.append(row(2));
    expect(t.append(row(2))).toBe('duplicate');
    expect(t.append(row(1))).toBe('older');
    expect(t.append(row(3, { t: NaN }))).toBe('invalid');
    expect(t.stats()).toMatchObject({ added: 2, duplicates: 1, outOfOrder: 1, invalid: 1 });
  });

  it('drops a row far ahead of the last row and the wall clock, and takes the next rows as before', () => {
    const t = table({ wallClock: () => T0 + 10 * STEP });
    t.append(row(0));
    expect(t.append(row(1, { t: Date.parse('9999-12-31T23:59:59Z') }))).toBe('future');
    expect(t.append(row(1))).toBe('added');
    expect(t.append(row(2))).toBe('added');
    expect(t.stats()).toMatchObject({ added: 3, future: 1, outOfOrder: 0, gaps: 0 });
    // A day after the last row, but behind the clock: a gap, not a wrong time.
    const behind = table({ wallClock: () => T0 + 30 * 86_400_000 });
    behind.append(row(0));
    expect(behind.append(row(0, { t: T0 + 3 * 86_400_000 }))).toBe('added');
    expect(table({ wallClock: () => T0 }).append(row(0, { t: T0 + 2 * 86_400_000 }))).toBe('future');
  });

  it('marks a gap with one filled row that holds the last values', () => {
    const t = table();
    t.append(row(0));
    t.append(row(1));
    t.append(row(5)); // rows 2, 3 and 4 are lost
    const { dataset, newRows } = t.recent();
    expect(Array.from(dataset.timestamps)).toEqual([0, 1, 2, 5].map((i) => T0 + i * STEP));
    expect(Array.from(dataset.missing!)).toEqual([0, 0, 1, 0]);
    expect(dataset.columns[0].values[2]).toBe(1);
    expect(Array.from(newRows)).toEqual([0, 1, 3]);
    expect(t.recent().firstNewRow).toBe(0);
    t.takeNew(0);
    expect(t.recent().firstNewRow).toBe(4); // nothing new: past the last row
    expect(t.stats()).toMatchObject({ gaps: 1, missingRows: 3 });
  });

  it('treats a jittery step as no gap', () => {
    const t = table();
    t.append(row(0));
    t.append(row(1, { t: T0 + 1.4 * STEP }));
    expect(t.stats().gaps).toBe(0);
  });

  it('learns the interval when none is given, before detecting gaps', () => {
    const t = table({ intervalMs: null });
    expect(t.intervalMs).toBeNaN();
    t.append(row(0));
    t.append(row(10)); // unknown interval: the first step is no gap
    for (let i = 11; i < 14; i++) t.append(row(i));
    expect(t.intervalMs).toBe(STEP);
    t.append(row(20));
    expect(t.stats()).toMatchObject({ gaps: 1, missingRows: 6 });
  });

  it('keeps labels when asked and fills absent values with NaN', () => {
    const t = table({ labelled: true });
    t.append({ timestamp: T0, values: { cpu: 1 }, label: 3 });
    t.append(row(1));
    const { dataset } = t.recent();
    expect(Array.from(dataset.labels!)).toEqual([3, 0]);
    expect(dataset.columns[1].values[0]).toBeNaN();
    expect(dataset.meta.hasLabels).toBe(true);
  });

  it('hands each new row to the scorer once, with the history its window needs', () => {
    const t = table();
    for (let i = 0; i < 5; i++) t.append(row(i));
    const first = t.takeNew(2)!;
    expect(first.firstSeq).toBe(0);
    expect(Array.from(first.newRows)).toEqual([0, 1, 2, 3, 4]);
    expect(t.takeNew(2)).toBeNull();
    for (let i = 5; i < 8; i++) t.append(row(i));
    const second = t.takeNew(2)!;
    expect(second.firstSeq).toBe(3);
    expect(Array.from(second.dataset.columns[0].values)).toEqual([3, 4, 5, 6, 7]);
    expect(Array.from(second.newRows)).toEqual([2, 3, 4]);
    expect(second.firstNewRow).toBe(2);
    expect(first.firstNewRow).toBe(0);
    expect(Array.from(t.recent().newRows)).toEqual([]);
  });

  it('counts new rows pushed out before the scorer took them', () => {
    const t = table({ capacity: 3 });
    for (let i = 0; i < 5; i++) t.append(row(i));
    expect(t.stats().evictedUnscored).toBe(2);
    const view = t.takeNew(10)!;
    expect(view.firstSeq).toBe(2);
    expect(Array.from(view.newRows)).toEqual([0, 1, 2]);
  });

  it('refuses a capacity below two', () => {
    expect(() => table({ capacity: 1 })).toThrow(RangeError);
  });
});

describe('LiveTable with buildMatrix', () => {
  for (const [window, stillness, context] of [[1, false, false], [3, false, true], [1, true, false], [4, true, true]] as const) {
    it(`scores new rows exactly as the whole dataset would (window ${window}, stillness ${stillness}, context ${context})`, () => {
      const p = prep(window, stillness, context);
      const t = table({ capacity: 20 });
      const all = table({ capacity: 500 });
      const scored = new Map<number, number[]>();
      const batches = [3, 1, 7, 2, 9, 5, 4];
      let i = 0;
      for (const size of batches) {
        for (let k = 0; k < size; k++, i++) {
          // Repeats make the stillness feature non-zero; a gap checks that no window spans it.
          const r = i === 12 ? row(i, { t: T0 + 14 * STEP }) : i > 12 ? row(i, { t: T0 + (i + 2) * STEP }) : row(i);
          if (i >= 5 && i < 9) r.values = { cpu: 5, ram: 103 };
          t.append(r);
          all.append(r);
        }
        const view = t.takeNew(scoringHistory(p))!;
        const { matrix, rows } = buildMatrix(view.dataset, p, view.newRows);
        rows.forEach((r, m) => scored.set(view.firstSeq + r, Array.from(matrix.values.subarray(m * matrix.cols, (m + 1) * matrix.cols))));
      }
      const whole = all.recent().dataset;
      const reference = buildMatrix(whole, p, allRows(whole.timestamps.length));
      expect([...scored.keys()]).toEqual(Array.from(reference.rows));
      reference.rows.forEach((r, m) => expect(scored.get(r)).toEqual(Array.from(reference.matrix.values.subarray(m * reference.matrix.cols, (m + 1) * reference.matrix.cols))));
    });
  }

  it('needs the window and the stillness run as history', () => {
    expect(scoringHistory({ window: 1 })).toBe(0);
    expect(scoringHistory({ window: 5, stillness: false })).toBe(4);
    expect(scoringHistory({ window: 1, stillness: true })).toBe(2);
    expect(scoringHistory({ window: 5, stillness: true })).toBe(4);
  });
});
