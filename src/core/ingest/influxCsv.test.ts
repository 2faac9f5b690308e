import { describe, expect, it } from 'vitest';
import { columnsOf, importText } from './fixtures/readFixture';
import { importError } from './testing';
import { fluxTableHead } from './toolSamples';

// Written from InfluxDB's annotated CSV reference: annotations, a header per table, blank line between tables.
const TWO_TABLES = [
  ...fluxTableHead('double'),
  ',,0,2024-01-16T00:00:00Z,2024-01-16T01:00:00Z,2024-01-16T00:00:00Z,12.5,usage_user,cpu,web-1',
  ',,0,2024-01-16T00:00:00Z,2024-01-16T01:00:00Z,2024-01-16T00:01:00Z,13.5,usage_user,cpu,web-1',
  ',,0,2024-01-16T00:00:00Z,2024-01-16T01:00:00Z,2024-01-16T00:02:00Z,,usage_user,cpu,web-1',
  ',,1,2024-01-16T00:00:00Z,2024-01-16T01:00:00Z,2024-01-16T00:00:00Z,40,used_percent,mem,web-1',
  ',,1,2024-01-16T00:00:00Z,2024-01-16T01:00:00Z,2024-01-16T00:01:00Z,41,used_percent,mem,web-1',
  ',,1,2024-01-16T00:00:00Z,2024-01-16T01:00:00Z,2024-01-16T00:02:00Z,42,used_percent,mem,web-1',
  '',
  '#group,false,false,true,true,false,false,true,true,true,true',
  '#datatype,string,long,dateTime:RFC3339,dateTime:RFC3339,dateTime:RFC3339,long,string,string,string,string',
  '#default,_result,,,,,,,,,',
  ',result,table,_start,_stop,_time,_value,_field,_measurement,device,host',
  ',,2,2024-01-16T00:00:00Z,2024-01-16T01:00:00Z,2024-01-16T01:00:00+01:00,7,reads,disk,sda,web-1',
  ',,2,2024-01-16T00:00:00Z,2024-01-16T01:00:00Z,2024-01-16T01:01:00+01:00,9,reads,disk,sda,web-1',
  '',
].join('\r\n');

describe('InfluxDB annotated CSV', () => {
  it('pivots the long tables into one column per measurement, field and tags, offsets honoured', () => {
    const { preview, table } = importText(TWO_TABLES, 'flux.csv');
    expect(preview.mapping.format).toBe('influx-csv');
    expect(preview.mapping.valueColumns).toEqual(['cpu.usage_user', 'mem.used_percent', 'disk.reads{device="sda"}']);
    expect(preview.hosts).toBeUndefined();
    expect(preview.notes[0]).toMatch(/InfluxDB annotated CSV/);
    expect(Array.from(table.timestamps)).toEqual([0, 60_000, 120_000].map((s) => Date.UTC(2024, 0, 16) + s));
    expect(columnsOf(table)).toEqual({
      'cpu.usage_user': [12.5, 13.5, NaN],
      'mem.used_percent': [40, 41, 42],
      'disk.reads{device="sda"}': [7, 9, NaN],
    });
  });

  it('keeps a column per host when the host tag varies, or one host when asked', () => {
    const text = [
      '#datatype,string,long,dateTime:RFC3339,double,string,string,string',
      ',result,table,_time,_value,_field,_measurement,host',
      ',,0,2024-01-16T00:01:00Z,2,usage_idle,cpu,web-2',
      ',,0,2024-01-16T00:00:00Z,1,usage_idle,cpu,web-2',
      ',,1,2024-01-16T00:00:00Z,5,usage_idle,cpu,web-1',
      ',,1,2024-01-16T00:01:00Z,6,usage_idle,cpu,web-1',
    ].join('\n');
    const { preview, table } = importText(text, 'hosts.csv');
    expect(preview.hosts).toEqual(['web-2', 'web-1']);
    expect(Object.keys(columnsOf(table))).toEqual(['cpu.usage_idle{host="web-2"}', 'cpu.usage_idle{host="web-1"}']);
    expect(preview.notes.join(' ')).toMatch(/2 hosts \(web-2, web-1\)/);
  });

  it('reads a header without annotations (influx query --raw off) and a pivoted table', () => {
    const text = ['result,table,_time,_measurement,host,usage_user,usage_system', '_result,0,2024-01-16T00:00:00Z,cpu,web-1,1.5,0.5'].join('\n');
    const { table } = importText(`,${text.split('\n').join('\n,')}\n`, 'pivot.csv');
    expect(columnsOf(table)).toEqual({ 'cpu.usage_user': [1.5], 'cpu.usage_system': [0.5] });
  });

  it('names the format when the file holds a failed query', () => {
    const text = ['#datatype,string,string', '#group,true,true', '#default,,', ',error,reference', ',failed to create physical plan: bucket not found,897', ''].join('\n');
    expect(importError(() => importText(text, 'err.csv')).message).toBe(
      'err.csv, line 5: this is InfluxDB annotated CSV, but it holds the query\'s error instead of data: "failed to create physical plan: bucket not found".',
    );
  });

  it('names the format when every table holds text rather than numbers', () => {
    const text = ['#datatype,string,long,dateTime:RFC3339,string,string,string', ',result,table,_time,_value,_field,_measurement', ',,0,2024-01-16T00:00:00Z,ok,status,svc', ''].join('\n');
    expect(importError(() => importText(text, 'text.csv')).message).toBe(
      "text.csv, line 3: this looks like InfluxDB annotated CSV (a Flux query result), but the table's _value is string, not a number.",
    );
  });
});
