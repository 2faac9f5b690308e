import { describe, expect, it } from 'vitest';
import type { AnomalyEvent } from '../shared/anomaly';
import { eventWindows, incidentsIn, incidentWindows, maskWindows, visibleWindows, type KindedWindow } from './windows';

const view = { start: 100, end: 200 };

describe('eventWindows', () => {
  it('extends each event by one interval past its last row', () => {
    const event: AnomalyEvent = { type: 'Flatline', start: 10, end: 40, startIndex: 1, endIndex: 4, process: 'db', metrics: ['cpu'] };
    expect(eventWindows([event], 'truth', 10)).toEqual([{ start: 10, end: 50, kind: 'truth' }]);
  });
});

describe('maskWindows', () => {
  it('turns each run of flagged rows into one window', () => {
    const timestamps = Float64Array.from([0, 10, 20, 30, 40, 50]);
    const mask = Uint8Array.from([0, 1, 1, 0, 0, 1]);
    expect(maskWindows(mask, timestamps, 'filled', 10)).toEqual([
      { start: 10, end: 30, kind: 'filled' },
      { start: 50, end: 60, kind: 'filled' },
    ]);
    expect(maskWindows(new Uint8Array(6), timestamps, 'filled', 10)).toEqual([]);
  });
});

describe('visibleWindows', () => {
  it('drops windows outside the view and clips the rest', () => {
    const windows: KindedWindow[] = [
      { start: 0, end: 50, kind: 'truth' },
      { start: 90, end: 110, kind: 'truth' },
      { start: 150, end: 160, kind: 'truth' },
      { start: 190, end: 300, kind: 'truth' },
      { start: 200, end: 210, kind: 'truth' },
    ];
    expect(visibleWindows(windows, view)).toEqual([
      { start: 100, end: 110, kind: 'truth' },
      { start: 150, end: 160, kind: 'truth' },
      { start: 190, end: 200, kind: 'truth' },
    ]);
  });

  it('widens tiny windows and merges overlaps of the same kind only', () => {
    const windows: KindedWindow[] = [
      { start: 120, end: 121, kind: 'truth' },
      { start: 123, end: 124, kind: 'truth' },
      { start: 122, end: 123, kind: 'detected' },
    ];
    expect(visibleWindows(windows, view, 10)).toEqual([
      { start: 117.5, end: 127.5, kind: 'detected' },
      { start: 115.5, end: 128.5, kind: 'truth' },
    ]);
  });

  it('merges same-kind windows less than minSpan apart, since the gap would not show', () => {
    const windows: KindedWindow[] = [
      { start: 120, end: 140, kind: 'detected' },
      { start: 145, end: 165, kind: 'detected' },
      { start: 180, end: 195, kind: 'detected' },
    ];
    expect(visibleWindows(windows, view, 10)).toEqual([
      { start: 120, end: 165, kind: 'detected' },
      { start: 180, end: 195, kind: 'detected' },
    ]);
  });
});

describe('incidentWindows and incidentsIn', () => {
  const incidents = [{ start: 0, end: 60 }, { start: 300, end: 300 }];

  it('bands each incident to the end of its last row’s step', () => {
    expect(incidentWindows(incidents, 30)).toEqual([
      { start: 0, end: 90, kind: 'detected' },
      { start: 300, end: 330, kind: 'detected' },
    ]);
  });

  it('keeps the incidents that overlap a window, a one-row incident by its step', () => {
    expect(incidentsIn(incidents, { start: 320, end: 400 }, 30)).toEqual([incidents[1]]);
    expect(incidentsIn(incidents, { start: 90, end: 300 }, 30)).toEqual([]);
    expect(incidentsIn(incidents, { start: 80, end: 301 }, 30)).toEqual(incidents);
  });
});
