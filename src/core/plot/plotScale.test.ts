import { describe, expect, it } from 'vitest';
import { bandPath, stepAreaPath, logTicks, extentOf, linearTicks, linePath, nearestIndex, resolveDomain, timeAtX, xOf, yOf, type PlotFrame } from './plotScale';

const frame = (log = false, domain: [number, number] = [0, 10]): PlotFrame => ({ left: 50, top: 10, width: 100, height: 50, view: { start: 0, end: 10 }, domain, log });

describe('plot scales', () => {
  it('maps the view across the plot and a value up it', () => {
    expect(xOf(frame(), 0)).toBe(50);
    expect(xOf(frame(), 10)).toBe(150);
    expect(yOf(frame(), 0)).toBe(60);
    expect(yOf(frame(), 10)).toBe(10);
    expect(timeAtX(frame(), 100)).toBe(5);
    expect(timeAtX(frame(), 0)).toBe(0);
  });

  it('puts decades evenly on a log axis and cannot place what is not positive', () => {
    const log = frame(true, [0.01, 100]);
    expect(yOf(log, 1)).toBeCloseTo(35, 9);
    expect(yOf(log, 0)).toBeNaN();
    expect(logTicks(0.01, 100)).toEqual([0.01, 0.1, 1, 10, 100]);
    // A narrow axis still gets labels.
    expect(logTicks(2, 5)).toEqual([2, 5]);
  });

  it('rounds an automatic domain outwards to round ticks, keeps given bounds and widens to the reference', () => {
    expect(resolveDomain(['auto', 'auto'], [3.2, 47.9], false)).toEqual([0, 50]);
    expect(resolveDomain([0, (max) => Math.max(100, max)], [3, 47], false)).toEqual([0, 100]);
    expect(resolveDomain(['dataMin', 'dataMax'], [3, 47], false, 60)).toEqual([3, 60]);
    expect(resolveDomain(['auto', 'auto'], [0.003, 0.4], true)).toEqual([0.001, 1]);
    expect(resolveDomain(['auto', 'auto'], [5, 5], false)).toEqual([4.5, 5.5]);
    expect(linearTicks(0, 1, 5).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('finds the extent of finite values, and only positive ones for a log axis', () => {
    expect(extentOf([Float32Array.of(NaN, -2, 5), [3]], false)).toEqual([-2, 5]);
    expect(extentOf([Float32Array.of(NaN, -2, 0)], true)).toBeNull();
  });

  it('breaks a line at a missing value and closes a band per run', () => {
    const times = [0, 5, 10];
    expect(linePath(frame(), times, [0, NaN, 10], 3)).toBe('M50,60M150,10');
    expect(linePath(frame(), times, [0, 5, 10], 3)).toBe('M50,60L100,35L150,10');
    expect(bandPath(frame(), times, [0, 0, NaN], [10, 10, 10], 3)).toBe('M50,10L100,10L100,60L50,60Z');
    // Bins 0–5 and 5–10 at 10 and 5, closed down to the axis.
    expect(stepAreaPath(frame(), [0, 5], [5, 10], [10, 5], 2)).toBe('M50,10H100L100,35H150L150,60L50,60Z');
    expect(stepAreaPath(frame(true, [1, 10]), [0], [5], [0], 1)).toBe('');
  });

  it('picks the nearest point in time', () => {
    const times = [0, 10, 20];
    expect(nearestIndex(times, 3, -5)).toBe(0);
    expect(nearestIndex(times, 3, 14)).toBe(1);
    expect(nearestIndex(times, 3, 16)).toBe(2);
    expect(nearestIndex(times, 3, 99)).toBe(2);
    expect(nearestIndex(times, 0, 1)).toBe(-1);
  });
});
