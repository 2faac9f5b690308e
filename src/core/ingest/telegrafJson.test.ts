import { describe, expect, it } from 'vitest';
import { columnsOf, importText } from './fixtures/readFixture';
import { importError } from './testing';

const T = 1_705_446_000; // 2024-01-16 23:00:00 UTC

/** `[[outputs.file]] data_format = "json"`: cpu and mem share each timestamp; a text field; web-2 misses one time. */
const LINES = [
  `{"fields":{"usage_idle":91.5,"usage_user":5.25},"name":"cpu","tags":{"cpu":"cpu-total","host":"web-1"},"timestamp":${T}}`,
  `{"fields":{"used_percent":41.5,"status":"ok"},"name":"mem","tags":{"host":"web-1"},"timestamp":${T}}`,
  `{"fields":{"usage_idle":90,"usage_user":6},"name":"cpu","tags":{"cpu":"cpu-total","host":"web-1"},"timestamp":${T + 10}}`,
  `{"fields":{"used_percent":42},"name":"mem","tags":{"host":"web-1"},"timestamp":${T + 10}}`,
  `{"fields":{"used_percent":70},"name":"mem","tags":{"host":"web-2"},"timestamp":${T + 10}}`,
].join('\n');

describe('Telegraf JSON', () => {
  it('merges measurements sharing a timestamp into one row, one column per field and tag set', () => {
    const { preview, table } = importText(`${LINES}\n`, 'telegraf.out', 33);
    const idle = 'cpu.usage_idle{cpu="cpu-total",host="web-1"}';
    expect(preview.mapping).toMatchObject({ format: 'telegraf-json' });
    expect(preview.mapping.valueColumns).toEqual([idle, 'cpu.usage_user{cpu="cpu-total",host="web-1"}', 'mem.used_percent{host="web-1"}', 'mem.used_percent{host="web-2"}']);
    expect(preview.hosts).toEqual(['web-1', 'web-2']);
    expect(Array.from(table.timestamps)).toEqual([T * 1000, (T + 10) * 1000]);
    expect(columnsOf(table)[idle]).toEqual([91.5, 90]);
    expect(columnsOf(table)['mem.used_percent{host="web-2"}']).toEqual([NaN, 70]);
  });

  it('reads the timestamp unit from its size (json_timestamp_units = 1ms or 1ns) and the batch form', () => {
    const line = (v: number, timestamp: string) => `{"fields":{"v":${v}},"name":"m","tags":{},"timestamp":${timestamp}}\n`;
    const ms = importText(line(1, `${T}123`) + line(2, `${T + 1}123`), 'ms.json').table;
    expect(Array.from(ms.timestamps)).toEqual([T * 1000 + 123, T * 1000 + 1123]);
    const ns = importText(line(1, `${T}000000000`) + line(2, `${T}500000000`), 'ns.json').table;
    expect(Array.from(ns.timestamps)).toEqual([T * 1000, T * 1000 + 500]);
    const batch = `{"metrics":[{"fields":{"v":1},"name":"m","tags":{},"timestamp":${T}},{"fields":{"v":2},"name":"m","tags":{},"timestamp":${T + 1}}]}`;
    expect(columnsOf(importText(batch.replace('{"metrics"', '{"fields":{},"name":"","timestamp":0,"metrics"'), 'b.json').table)['m.v']).toEqual([1, 2]);
  });

  it('reads json_timestamp_format text times with their offset', () => {
    const text = '{"fields":{"v":1},"name":"m","tags":{},"timestamp":"2024-01-17T00:00:00+01:00"}\n{"fields":{"v":2},"name":"m","tags":{},"timestamp":"2024-01-16T23:00:10Z"}\n';
    expect(Array.from(importText(text, 'iso.json').table.timestamps)).toEqual([T * 1000, (T + 10) * 1000]);
  });

  it('refuses a file whose tags make every line a new series', () => {
    const lines = Array.from({ length: 20_001 }, (_, i) => `{"fields":{"v":1},"name":"m","tags":{"id":"${i}"},"timestamp":${T + i}}`).join('\n');
    expect(importError(() => importText(`${lines}\n`, 'ids.json')).message).toMatch(/ids\.json, line 20001: this looks like Telegraf JSON output, but it holds more than 20,000 series/);
  });

  it('skips a line whose timestamp is no time, and reports it', () => {
    const { table } = importText(`${LINES}\n{"fields":{"usage_idle":1},"name":"cpu","tags":{},"timestamp":"soon"}\n`, 't.out');
    expect(table.skipped.examples).toEqual([{ line: 6, reason: 'the timestamp "soon" is not a time' }]);
  });
});
