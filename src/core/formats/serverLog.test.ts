import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../config';
import { generateDataset } from '../generator/generate';
import { debugLogText, formatTwoDecimals, serverLogParts } from './serverLog';

const dataset = generateDataset({ ...DEFAULT_CONFIG, months: 0.5, intervalSeconds: 300, anomalyProbability: 0.01, seed: 3 });
const LINE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \[server-1\]( [a-z.]+=\d+\.\d{2})+$/;

describe('server_logs.txt', () => {
  const lines = serverLogParts(dataset).join('').split('\n').filter(Boolean);

  it('starts with comment lines naming the format and the columns', () => {
    expect(lines[0]).toMatch(/^# server_logs\.txt · format 1 · times UTC · interval 300 s · \d+ rows$/);
    expect(lines[1]).toContain('cpu (CPU %), ram (RAM %), disk (Disk %), web.cpu (Web server CPU %)');
  });

  it('writes one greppable line per row with every column to two decimals', () => {
    const rows = lines.filter((l) => !l.startsWith('#'));
    expect(rows).toHaveLength(dataset.meta.rowCount);
    expect(rows[0].startsWith('2024-01-01 00:00:00 [server-1] cpu=')).toBe(true);
    expect(rows[1].startsWith('2024-01-01 00:05:00 ')).toBe(true);
    for (const row of rows) expect(row).toMatch(LINE);
    const cpu = Number(/ cpu=([\d.]+)/.exec(rows[7])![1]);
    expect(cpu).toBeCloseTo(dataset.columns[0].values[7], 2);
  });
});

describe('debug_logs.txt', () => {
  it('writes one line per injected event with its window, process and metrics', () => {
    const lines = debugLogText(dataset).trimEnd().split('\n');
    expect(lines[0]).toBe(`# debug_logs.txt · format 1 · times UTC · ${dataset.events.length} injected anomalies`);
    expect(lines).toHaveLength(dataset.events.length + 1);
    for (const line of lines.slice(1)) {
      expect(line).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \[server-1\] \[ANOMALY\] [A-Za-z -]+ \| until \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \| process [a-z]+ \| metrics [a-z.,]+$/);
    }
  });
});

describe('formatTwoDecimals', () => {
  it.each([
    [0, '0.00'], [23.5, '23.50'], [100, '100.00'], [0.005, '0.01'], [99.999, '100.00'],
    [-1.25, '-1.25'], [-0.001, '0.00'], [1234567.891, '1234567.89'], [NaN, 'NaN'], [1e13, '10000000000000.00'],
  ])('%d -> %s', (value, text) => expect(formatTwoDecimals(value)).toBe(text));

  it('matches toFixed(2) on float32 values with two decimals', () => {
    for (let cents = 0; cents <= 10000; cents++) {
      const v = Math.fround(cents / 100);
      expect(formatTwoDecimals(v)).toBe(v.toFixed(2));
    }
  });
});
