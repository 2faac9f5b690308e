import { describe, expect, it } from 'vitest';
import { markOf, marksOverlapping, mergeMarks, withMark, withoutMark } from './marks';

describe('not-an-anomaly marks', () => {
  it('adds a stretch once, in time order, and takes it back', () => {
    let marks = withMark([], 50, 60, 1);
    marks = withMark(marks, 10, 20, 2);
    marks = withMark(marks, 10, 20, 3);
    expect(marks).toEqual([{ start: 10, end: 20, markedAt: 2 }, { start: 50, end: 60, markedAt: 1 }]);
    expect(markOf(marks, 10, 20)).toEqual({ start: 10, end: 20, markedAt: 2 });
    expect(markOf(marks, 10, 21)).toBeUndefined();
    expect(marksOverlapping(marks, 15, 55)).toHaveLength(2);
    expect(marksOverlapping(marks, 21, 49)).toHaveLength(0);
    expect(withoutMark(marks, 10, 20)).toEqual([{ start: 50, end: 60, markedAt: 1 }]);
  });

  it('merges imported marks with the stored ones', () => {
    expect(mergeMarks([{ start: 10, end: 20, markedAt: 1 }], [{ start: 10, end: 20, markedAt: 9 }, { start: 0, end: 5, markedAt: 9 }])).toEqual([
      { start: 0, end: 5, markedAt: 9 },
      { start: 10, end: 20, markedAt: 1 },
    ]);
  });
});
