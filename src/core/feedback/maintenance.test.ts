import { describe, expect, it } from 'vitest';
import type { MaintenanceWindow } from '../../shared/feedback';
import { describeWindow, inMaintenanceWindow, maintenanceFilter, maintenanceWindowProblem, mergeWindows, parseMinute } from './maintenance';

// 2024-01-07 was a Sunday.
const at = (day: number, hh: number, mm = 0, ss = 0) => Date.UTC(2024, 0, day, hh, mm, ss);

describe('inMaintenanceWindow', () => {
  it('matches a one-off window as [start, end)', () => {
    const once: MaintenanceWindow = { kind: 'once', start: at(4, 3, 58), end: at(4, 4, 5) };
    expect(inMaintenanceWindow(once, at(4, 3, 57, 59))).toBe(false);
    expect(inMaintenanceWindow(once, at(4, 3, 58))).toBe(true);
    expect(inMaintenanceWindow(once, at(4, 4, 4, 59))).toBe(true);
    expect(inMaintenanceWindow(once, at(4, 4, 5))).toBe(false);
  });

  it('matches a daily window at its UTC time of day on every day', () => {
    const nightly: MaintenanceWindow = { kind: 'daily', from: 120, to: 150 };
    for (const day of [1, 7, 31]) {
      expect(inMaintenanceWindow(nightly, at(day, 1, 59, 59))).toBe(false);
      expect(inMaintenanceWindow(nightly, at(day, 2, 0))).toBe(true);
      expect(inMaintenanceWindow(nightly, at(day, 2, 29, 30))).toBe(true);
      expect(inMaintenanceWindow(nightly, at(day, 2, 30))).toBe(false);
    }
  });

  it('runs a daily window past midnight', () => {
    const late: MaintenanceWindow = { kind: 'daily', from: 23 * 60, to: 60 };
    expect(inMaintenanceWindow(late, at(3, 23, 30))).toBe(true);
    expect(inMaintenanceWindow(late, at(4, 0, 59))).toBe(true);
    expect(inMaintenanceWindow(late, at(4, 1, 0))).toBe(false);
    expect(inMaintenanceWindow(late, at(4, 12, 0))).toBe(false);
  });

  it('matches a weekly window on its weekdays only, the whole day or a time range', () => {
    const sundays: MaintenanceWindow = { kind: 'weekly', days: [0], from: 0, to: 1440 };
    expect(inMaintenanceWindow(sundays, at(6, 23, 59, 59))).toBe(false);
    expect(inMaintenanceWindow(sundays, at(7, 0, 0))).toBe(true);
    expect(inMaintenanceWindow(sundays, at(7, 23, 59, 59))).toBe(true);
    expect(inMaintenanceWindow(sundays, at(8, 0, 0))).toBe(false);
    expect(inMaintenanceWindow(sundays, at(14, 12, 0))).toBe(true);
    const backup: MaintenanceWindow = { kind: 'weekly', days: [0, 3], from: 180, to: 330 };
    expect(inMaintenanceWindow(backup, at(7, 3, 0))).toBe(true);
    expect(inMaintenanceWindow(backup, at(10, 5, 29))).toBe(true);
    expect(inMaintenanceWindow(backup, at(8, 3, 0))).toBe(false);
    expect(inMaintenanceWindow(backup, at(7, 5, 30))).toBe(false);
  });

  it('gives the part of a weekly window past midnight to the day it started on', () => {
    const saturdayNight: MaintenanceWindow = { kind: 'weekly', days: [6], from: 22 * 60, to: 2 * 60 };
    expect(inMaintenanceWindow(saturdayNight, at(6, 22, 0))).toBe(true);
    expect(inMaintenanceWindow(saturdayNight, at(7, 1, 59))).toBe(true);
    expect(inMaintenanceWindow(saturdayNight, at(7, 22, 0))).toBe(false);
    expect(inMaintenanceWindow(saturdayNight, at(6, 1, 0))).toBe(false);
  });
});

describe('maintenanceFilter', () => {
  it('is undefined without windows and tests every window otherwise', () => {
    expect(maintenanceFilter([])).toBeUndefined();
    expect(maintenanceFilter(undefined)).toBeUndefined();
    const inside = maintenanceFilter([{ kind: 'daily', from: 120, to: 150 }, { kind: 'weekly', days: [0], from: 0, to: 1440 }])!;
    expect(inside(at(3, 2, 10))).toBe(true);
    expect(inside(at(7, 12, 0))).toBe(true);
    expect(inside(at(3, 12, 0))).toBe(false);
  });
});

describe('describing and checking windows', () => {
  it('describes windows in UTC, as the page shows times', () => {
    expect(describeWindow({ kind: 'daily', from: 120, to: 150 })).toBe('Daily 02:00–02:30 UTC');
    expect(describeWindow({ kind: 'weekly', days: [0], from: 0, to: 1440 })).toBe('Sundays (all day, UTC)');
    expect(describeWindow({ kind: 'weekly', days: [1, 5], from: 1320, to: 120 })).toBe('Mon, Fri 22:00–02:00 UTC');
    expect(describeWindow({ kind: 'once', start: at(4, 3, 58), end: at(4, 4, 5) })).toBe('Once 2024-01-04 03:58 – 2024-01-04 04:05 UTC');
  });

  it('names what is wrong with a window', () => {
    expect(maintenanceWindowProblem({ kind: 'daily', from: 120, to: 150 })).toBeNull();
    expect(maintenanceWindowProblem({ kind: 'once', start: 5, end: 5 })).toMatch(/ends before it starts/);
    expect(maintenanceWindowProblem({ kind: 'daily', from: 120, to: 120 })).toMatch(/same time/);
    expect(maintenanceWindowProblem({ kind: 'daily', from: 120, to: 1441 })).toMatch(/00:00 to 24:00/);
    expect(maintenanceWindowProblem({ kind: 'weekly', days: [], from: 0, to: 1440 })).toMatch(/without weekdays/);
    expect(maintenanceWindowProblem({ kind: 'weekly', days: [7], from: 0, to: 1440 })).toMatch(/without weekdays/);
    expect(maintenanceWindowProblem({ kind: 'weekly', days: [1, 1], from: 0, to: 1440 })).toMatch(/twice/);
    expect(maintenanceWindowProblem({ kind: 'hourly' })).toMatch(/kind/);
    expect(maintenanceWindowProblem('02:00')).toBe('not an object');
  });

  it('reads times of day up to 24:00', () => {
    expect(parseMinute('02:30')).toBe(150);
    expect(parseMinute('24:00')).toBe(1440);
    expect(parseMinute('24:01')).toBeNaN();
    expect(parseMinute('2:60')).toBeNaN();
    expect(parseMinute('noon')).toBeNaN();
  });

  it('adds each window once', () => {
    const daily: MaintenanceWindow = { kind: 'daily', from: 120, to: 150 };
    expect(mergeWindows([daily], [{ kind: 'daily', from: 120, to: 150 }, { kind: 'weekly', days: [0], from: 0, to: 1440 }])).toHaveLength(2);
    expect(mergeWindows([{ kind: 'weekly', days: [0, 6], from: 0, to: 60 }], [{ kind: 'weekly', days: [6, 0], from: 0, to: 60 }])).toHaveLength(1);
  });
});
