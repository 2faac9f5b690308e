import { describe, expect, it } from 'vitest';
import { looksLikeLogLine, parseLogLine } from './logLines';

const T = Date.UTC(2024, 0, 1, 0, 0, 30);

describe('parseLogLine', () => {
  it("reads this app's server log line, every key=value pair", () => {
    expect(parseLogLine('2024-01-01 00:00:30 [server-1] cpu=23.50 ram=41.20 web.cpu=3.20 disk=NaN')).toEqual({
      row: { timestamp: T, values: { cpu: 23.5, ram: 41.2, 'web.cpu': 3.2, disk: NaN } },
      partial: false,
    });
  });

  it("reads the original tool's line as one value keyed by its component", () => {
    expect(parseLogLine('2024-01-01 00:00:30 [server-1] [CPU]: CPU usage at 23.5%')).toEqual({
      row: { timestamp: T, values: { CPU: 23.5 } },
      partial: true,
    });
  });

  it('explains lines it cannot read', () => {
    expect(parseLogLine('2024-01-01 00:00:30 [server-1] cpu=high')).toMatchObject({ kind: 'bad-value', reason: '"high" in column cpu is not a number' });
    expect(parseLogLine('2024-01-01 00:00:30 [s] [CPU]: no number')).toMatchObject({ kind: 'bad-value' });
    expect(parseLogLine('2024-02-30 00:00:30 [s] cpu=1')).toMatchObject({ kind: 'bad-time' });
    expect(parseLogLine('2024-02-30 00:00:30 [s] [CPU]: at 5%')).toMatchObject({ kind: 'bad-time' });
    expect(parseLogLine('2024-01-01 00:00:30 [s] cpu 5')).toMatchObject({ kind: 'unknown-format' });
    expect(parseLogLine('2024-01-01 00:00:30 [s]')).toMatchObject({ kind: 'no-values' });
    expect(parseLogLine('hello')).toMatchObject({ kind: 'unknown-format' });
  });

  it('recognises debug and anomaly notices as messages, not metrics', () => {
    const line = '2024-01-03 14:22:30 [server-1] [ANOMALY] Unexpected Spike | until 2024-01-03 14:27:00 | process app | metrics cpu';
    expect(parseLogLine(line)).toMatchObject({ kind: 'not-metric-line' });
    expect(parseLogLine('2024-01-01 00:00:00 [s] [DEBUG] started')).toMatchObject({ kind: 'not-metric-line' });
  });
});

describe('looksLikeLogLine', () => {
  it('matches the shared start of both log formats only', () => {
    expect(looksLikeLogLine('2024-01-01 00:00:30 [x] a=1')).toBe(true);
    expect(looksLikeLogLine('2024-01-01T00:00:30Z,1')).toBe(false);
    expect(looksLikeLogLine('{"ts":1}')).toBe(false);
  });
});
