import { describe, expect, it } from 'vitest';
import { csvLayoutFromHeader, type CsvLayout } from './csvLine';
import { LiveMessageParser, parseLiveMessage } from './liveMessage';

const ARRIVAL = Date.UTC(2024, 4, 1, 12);
const T0 = Date.UTC(2024, 0, 1);
const parse = (message: unknown, csv: CsvLayout | null = null) => parseLiveMessage(message, { arrivalMs: ARRIVAL, csv });

describe('parseLiveMessage: JSON', () => {
  it('reads one object with an ISO time, flattening nested fields', () => {
    expect(parse('{"time":"2024-01-01T00:00:00Z","cpu":23.5,"db":{"ram":"41.5"},"host":"a"}')).toEqual({
      rows: [{ timestamp: T0, values: { cpu: 23.5, 'db.ram': 41.5 } }],
      errors: [],
    });
  });

  it('reads epoch seconds and milliseconds', () => {
    expect(parse(`{"ts": ${T0 / 1000}, "cpu": 1}`).rows[0].timestamp).toBe(T0);
    expect(parse(`{"timestamp": ${T0}, "cpu": 1}`).rows[0].timestamp).toBe(T0);
  });

  it('stamps an object without a time with the arrival time', () => {
    expect(parse('{"cpu": 5}').rows).toEqual([{ timestamp: ARRIVAL, values: { cpu: 5 } }]);
  });

  it('reads a pretty-printed object, an array of objects and JSON Lines', () => {
    expect(parse('{\n  "ts": 1704067200,\n  "cpu": 1\n}\n').rows).toEqual([{ timestamp: T0, values: { cpu: 1 } }]);
    expect(parse('[{"ts":1704067200,"cpu":1},{"ts":1704067230,"cpu":2}]').rows.map((r) => r.values.cpu)).toEqual([1, 2]);
    const lines = parse('{"ts":1704067200,"cpu":1}\r\n{"ts":1704067230,"cpu":2}\n');
    expect(lines.rows.map((r) => r.timestamp)).toEqual([T0, T0 + 30_000]);
  });

  it('accepts an already parsed JSON value', () => {
    expect(parse({ ts: 1_704_067_200, cpu: 3 }).rows).toEqual([{ timestamp: T0, values: { cpu: 3 } }]);
  });

  it('returns errors for broken JSON, non-objects and binary data, never throwing', () => {
    expect(parse('{"cpu": 1').errors).toMatchObject([{ name: 'LiveMessageError', kind: 'not-json', line: 1 }]);
    expect(parse('[1, {"cpu": 2}]')).toMatchObject({ rows: [{ values: { cpu: 2 } }], errors: [{ kind: 'not-object', line: 1 }] });
    expect(parse('{"a":1}\n{"b":\n').errors).toMatchObject([{ kind: 'not-json', line: 2 }]);
    expect(parse(new Uint8Array([1, 2])).errors).toMatchObject([{ kind: 'unknown-format' }]);
    expect(parse(null).errors).toMatchObject([{ kind: 'unknown-format' }]);
    expect(parse(42).errors).toMatchObject([{ kind: 'unknown-format' }]);
  });
});

describe('parseLiveMessage: log lines', () => {
  it("reads several of this app's server log lines in one message", () => {
    const message = '# comment\n2024-01-01 00:00:00 [s] cpu=1.00 ram=2.00\n\n2024-01-01 00:00:30 [s] cpu=3.00 ram=4.00\n';
    expect(parse(message)).toEqual({
      rows: [
        { timestamp: T0, values: { cpu: 1, ram: 2 } },
        { timestamp: T0 + 30_000, values: { cpu: 3, ram: 4 } },
      ],
      errors: [],
    });
  });

  it("merges the original tool's one-metric lines of the same time into one row", () => {
    const message = [
      '2024-01-01 00:00:00 [s] [CPU]: CPU usage at 23.5%',
      '2024-01-01 00:00:00 [s] [RAM]: RAM usage at 41%',
      '2024-01-01 00:00:00 [s] [DEBUG] heartbeat',
      '2024-01-01 00:00:00 [s] [Disk]: Disk usage at 50%',
      '2024-01-01 00:00:30 [s] [CPU]: CPU usage at 24%',
    ].join('\n');
    const parsed = parse(message);
    expect(parsed.rows).toEqual([
      { timestamp: T0, values: { CPU: 23.5, RAM: 41, Disk: 50 } },
      { timestamp: T0 + 30_000, values: { CPU: 24 } },
    ]);
    expect(parsed.errors).toMatchObject([{ kind: 'not-metric-line', line: 3 }]);
  });

  it('does not merge server log lines that share a time', () => {
    expect(parse('2024-01-01 00:00:00 [s] cpu=1\n2024-01-01 00:00:00 [s] cpu=2').rows).toHaveLength(2);
  });

  it('numbers the lines of its errors', () => {
    const parsed = parse('2024-01-01 00:00:00 [s] cpu=1\nnonsense\n2024-01-01 00:00:30 [s] cpu=x');
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.errors).toMatchObject([
      { kind: 'unknown-format', line: 2, sample: 'nonsense' },
      { kind: 'bad-value', line: 3 },
    ]);
  });

  it('rejects a line past 1 MB', () => {
    expect(parse(`2024-01-01 00:00:00 [s] cpu=${'1'.repeat(1 << 20)}`).errors).toMatchObject([{ kind: 'too-long' }]);
  });
});

describe('parseLiveMessage: CSV', () => {
  const csv = csvLayoutFromHeader('timestamp,cpu,ram') as CsvLayout;

  it('reads CSV lines given their header, skipping a repeated header', () => {
    expect(parse('timestamp,cpu,ram\n2024-01-01 00:00:00,1,2\n1704067230,3,4', csv).rows).toEqual([
      { timestamp: T0, values: { cpu: 1, ram: 2 } },
      { timestamp: T0 + 30_000, values: { cpu: 3, ram: 4 } },
    ]);
  });

  it('says a CSV line needs its header when none is known', () => {
    const { errors } = parse('2024-01-01 00:00:00,1,2');
    expect(errors[0].kind).toBe('unknown-format');
    expect(errors[0].reason).toContain('CSV lines need their header first');
  });
});

describe('LiveMessageParser', () => {
  it("learns a followed CSV file's header from its first line", () => {
    const parser = new LiveMessageParser({ csvHeaderFirst: true });
    expect(parser.parse('time,cpu', ARRIVAL)).toEqual({ rows: [], errors: [] });
    expect(parser.csv?.names).toEqual(['time', 'cpu']);
    expect(parser.parse('2024-01-01T00:00:00Z,7', ARRIVAL).rows).toEqual([{ timestamp: T0, values: { cpu: 7 } }]);
    expect(parser.parse('time,cpu\n2024-01-01T00:00:30Z,8', ARRIVAL).rows).toEqual([{ timestamp: T0 + 30_000, values: { cpu: 8 } }]);
  });

  it('refuses a data line as the header and keeps waiting for one', () => {
    const parser = new LiveMessageParser({ csvHeaderFirst: true });
    expect(parser.parse('1,2', ARRIVAL).errors).toMatchObject([{ kind: 'unknown-format' }]);
    expect(parser.csv).toBeNull();
    parser.parse('cpu,ram', ARRIVAL);
    expect(parser.parse('1,2', ARRIVAL).rows).toEqual([{ timestamp: ARRIVAL, values: { cpu: 1, ram: 2 } }]);
  });

  it('still reads JSON and log lines while it has a header', () => {
    const parser = new LiveMessageParser({ csv: csvLayoutFromHeader('cpu') as CsvLayout });
    expect(parser.parse('{"cpu":1}', ARRIVAL).rows).toHaveLength(1);
    expect(parser.parse('2024-01-01 00:00:00 [s] cpu=1', ARRIVAL).rows).toHaveLength(1);
    expect(parser.parse('5', ARRIVAL).rows).toEqual([{ timestamp: ARRIVAL, values: { cpu: 5 } }]);
  });
});
