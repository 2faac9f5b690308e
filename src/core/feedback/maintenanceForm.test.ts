import { describe, expect, it } from 'vitest';
import { DEFAULT_MAINTENANCE_FORM, windowFromForm } from './maintenanceForm';

describe('windowFromForm', () => {
  it('reads daily, weekly and one-off windows in UTC', () => {
    expect(windowFromForm(DEFAULT_MAINTENANCE_FORM)).toEqual({ window: { kind: 'daily', from: 120, to: 150 } });
    expect(windowFromForm({ ...DEFAULT_MAINTENANCE_FORM, kind: 'weekly', days: [6, 0], from: '00:00', to: '00:00' })).toEqual({ window: { kind: 'weekly', days: [0, 6], from: 0, to: 1440 } });
    expect(windowFromForm({ ...DEFAULT_MAINTENANCE_FORM, kind: 'daily', from: '22:00', to: '01:00' })).toEqual({ window: { kind: 'daily', from: 1320, to: 60 } });
    expect(windowFromForm({ ...DEFAULT_MAINTENANCE_FORM, kind: 'once', start: '2024-01-04T03:58', end: '2024-01-04T04:30' })).toEqual({
      window: { kind: 'once', start: Date.UTC(2024, 0, 4, 3, 58), end: Date.UTC(2024, 0, 4, 4, 30) },
    });
  });

  it('says what to fix', () => {
    expect(windowFromForm({ ...DEFAULT_MAINTENANCE_FORM, kind: 'once' })).toEqual({ problem: 'Enter when the window starts and ends (UTC).' });
    expect(windowFromForm({ ...DEFAULT_MAINTENANCE_FORM, kind: 'once', start: '2024-01-04T05:00', end: '2024-01-04T04:00' })).toEqual({ problem: 'The window must end after it starts.' });
    expect(windowFromForm({ ...DEFAULT_MAINTENANCE_FORM, from: '' })).toEqual({ problem: 'Enter the times of day as HH:MM (UTC).' });
    expect(windowFromForm({ ...DEFAULT_MAINTENANCE_FORM, to: 'soon' })).toEqual({ problem: 'Enter the times of day as HH:MM (UTC).' });
    expect(windowFromForm({ ...DEFAULT_MAINTENANCE_FORM, from: '02:00', to: '02:00' })).toEqual({ problem: 'The window must end at another time than it starts.' });
    expect(windowFromForm({ ...DEFAULT_MAINTENANCE_FORM, kind: 'weekly', days: [] })).toEqual({ problem: 'Tick at least one weekday.' });
  });
});
