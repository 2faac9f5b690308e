import { describe, expect, it } from 'vitest';
import { eventRecall, labelRuns, typeOfCode, type EventSpan } from './events';

const events: EventSpan[] = [
  { type: 'Flatline', startIndex: 0, endIndex: 2 },
  { type: 'Unexpected Spike', startIndex: 4, endIndex: 4 },
  { type: 'Flatline', startIndex: 6, endIndex: 7 },
  { type: 'Memory Leak', startIndex: 8, endIndex: 9 },
];
//                             0    1    2    3    4    5    6    7    8    9
const scores = Float32Array.from([0.1, 0.9, 0.1, 0.9, 0.5, 0.1, 0.2, 0.3, NaN, NaN]);

describe('eventRecall', () => {
  it('counts an event as detected when any of its rows is flagged', () => {
    const { overall, byType } = eventRecall(scores, events, 0.5);
    expect(overall).toEqual({ events: 4, detected: 2, unscored: 1, recall: 2 / 3 });
    expect(byType).toEqual([
      { type: 'Unexpected Spike', events: 1, detected: 1, unscored: 0, recall: 1 },
      { type: 'Memory Leak', events: 1, detected: 0, unscored: 1, recall: NaN },
      { type: 'Flatline', events: 2, detected: 1, unscored: 0, recall: 0.5 },
    ]);
  });

  it('ignores event rows beyond the scores', () => {
    const { overall } = eventRecall(scores, [{ type: 'Flatline', startIndex: 9, endIndex: 30 }, { type: 'Flatline', startIndex: 20, endIndex: 30 }], 0);
    expect(overall).toMatchObject({ events: 2, detected: 0, unscored: 2 });
  });

  it('reports nothing for no events', () => {
    expect(eventRecall(scores, [], 0.5)).toEqual({ overall: { events: 0, detected: 0, unscored: 0, recall: NaN }, byType: [] });
  });
});

describe('labelRuns', () => {
  it('makes one span per run of equal non-zero codes', () => {
    expect(labelRuns(Uint8Array.from([0, 7, 7, 1, 0, 255, 255, 0, 3]))).toEqual([
      { type: 'Flatline', startIndex: 1, endIndex: 2 },
      { type: 'Unexpected Spike', startIndex: 3, endIndex: 3 },
      { type: 'Labelled anomaly', startIndex: 5, endIndex: 6 },
      { type: 'Process Failure', startIndex: 8, endIndex: 8 },
    ]);
  });

  it('reads unknown codes as a labelled anomaly', () => {
    expect(typeOfCode(99)).toBe('Labelled anomaly');
  });
});
