import { describe, expect, it } from 'vitest';
import { fitPreprocessing } from '../preprocess/fit';
import { ramp, tinyDataset } from '../preprocess/testData';
import { FEEDBACK_REPEATS, rowsInMarks, withFeedbackRows } from './trainingFeedback';

const MINUTE = 60_000;
const T0 = Date.UTC(2024, 0, 1);

/** 100 rows of 0..99 with a spike of 500 at rows 90..92, in the validation rows of the chronological split. */
function spiky() {
  const cpu = ramp(100);
  for (const r of [90, 91, 92]) cpu[r] = 500;
  return tinyDataset({ cpu }, { missing: ramp(100).map((r) => (r === 91 ? 1 : 0)) });
}

describe('rowsInMarks', () => {
  it('finds the rows from start to end, both inclusive, each once', () => {
    const { timestamps } = tinyDataset({ cpu: ramp(10) });
    const marks = [{ start: T0 + 2 * MINUTE, end: T0 + 4 * MINUTE }, { start: T0 + 3 * MINUTE, end: T0 + 3 * MINUTE }, { start: T0 + 8.5 * MINUTE, end: T0 + 99 * MINUTE }];
    expect([...rowsInMarks(timestamps, marks)]).toEqual([2, 3, 4, 9]);
    expect(rowsInMarks(timestamps, [])).toHaveLength(0);
  });
});

describe('withFeedbackRows', () => {
  it('leaves the data as it was without marks, or with marks on no usable row', () => {
    const dataset = spiky();
    const prepared = fitPreprocessing(dataset, { context: false, stillness: false, window: 1 });
    expect(withFeedbackRows(dataset, prepared, [])).toEqual({ prepared, fit: prepared.train.matrix, feedbackRows: 0 });
    const onGap = withFeedbackRows(dataset, prepared, [{ start: T0 + 91 * MINUTE, end: T0 + 91 * MINUTE }]);
    expect(onGap.feedbackRows).toBe(0);
    expect(onGap.prepared).toBe(prepared);
  });

  it('moves marked rows from validation into training, refits the scaler over them and repeats them', () => {
    const dataset = spiky();
    const prepared = fitPreprocessing(dataset, { context: false, stillness: false, window: 1 });
    expect(prepared.preprocessing.max).toEqual([78]);
    const { prepared: withFeedback, fit, feedbackRows } = withFeedbackRows(dataset, prepared, [{ start: T0 + 90 * MINUTE, end: T0 + 92 * MINUTE }]);
    // Row 91 was filled in for a gap: it never trains.
    expect(feedbackRows).toBe(2);
    expect([...withFeedback.train.rows].slice(-2)).toEqual([90, 92]);
    expect(withFeedback.train.rows).toHaveLength(prepared.train.rows.length + 2);
    expect([...withFeedback.validation.rows]).not.toContain(90);
    expect(withFeedback.validation.rows).toHaveLength(prepared.validation.rows.length - 2);
    expect(withFeedback.preprocessing.max).toEqual([500]);
    expect(withFeedback.train.matrix.values.every((v) => v >= 0 && v <= 1)).toBe(true);
    // The spike rows fill FEEDBACK_REPEATS places each, at most a quarter of the training rows.
    const repeats = Math.min(FEEDBACK_REPEATS, Math.floor((0.25 * withFeedback.train.rows.length) / 2));
    expect(fit.rows).toBe(withFeedback.train.rows.length + (repeats - 1) * 2);
    expect(Array.from(fit.values).filter((v) => v === 1)).toHaveLength(2 * repeats);
  });
});
