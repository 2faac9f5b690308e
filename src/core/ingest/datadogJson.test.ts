import { describe, expect, it } from 'vitest';
import { columnsOf, importText } from './fixtures/readFixture';
import { scopeLabels } from './datadogJson';
import { sniffFormat } from './sniff';
import { importError } from './testing';

const MS = Date.UTC(2024, 0, 16, 23, 0);

/** A `/api/v1/query` answer for `avg:system.cpu.user{*} by {host}`: fields in the API's (alphabetical) order, one null point. */
const QUERY = JSON.stringify({
  status: 'ok',
  res_type: 'time_series',
  from_date: MS,
  to_date: MS + 120_000,
  query: 'avg:system.cpu.user{*}by{host}',
  series: [
    { aggr: 'avg', display_name: 'system.cpu.user', metric: 'system.cpu.user', pointlist: [[MS, 1.5], [MS + 60_000, null], [MS + 120_000, 3.25]], scope: 'host:web-1', tag_set: ['host:web-1'] },
    { aggr: 'avg', display_name: 'system.cpu.user', metric: 'system.cpu.user', pointlist: [[MS, 7], [MS + 60_000, 8]], scope: 'host:web-2', tag_set: ['host:web-2'] },
  ],
});

describe('Datadog query JSON', () => {
  it('names series by metric and scope (which follows the points), null points missing, hosts kept apart', () => {
    const { preview, table } = importText(QUERY, 'dd.json', 11);
    const names = ['system.cpu.user{host="web-1"}', 'system.cpu.user{host="web-2"}'];
    expect(preview.mapping).toMatchObject({ format: 'datadog-json', valueColumns: names });
    expect(preview.hosts).toEqual(['web-1', 'web-2']);
    expect(Array.from(table.timestamps)).toEqual([MS, MS + 60_000, MS + 120_000]);
    expect(columnsOf(table)).toEqual({ [names[0]]: [1.5, NaN, 3.25], [names[1]]: [7, 8, NaN] });
  });

  it('reads scopes into labels', () => {
    expect(scopeLabels('host:web-1,env:prod')).toEqual({ host: 'web-1', env: 'prod' });
    expect(scopeLabels('*')).toEqual({});
    expect(scopeLabels('production,role:db')).toEqual({ role: 'db', tag: 'production' });
  });

  it('refuses an error answer with the API’s words', () => {
    const error = '{"status":"error","res_type":"time_series","series":[],"error":"Rate limit of 300 requests in 3600 seconds reached."}';
    expect(importError(() => sniffFormat(error, 'e.json', error.length, false)).message).toBe(
      'e.json: this looks like a Datadog /api/v1/query response, but the API answered status "error" (Rate limit of 300 requests in 3600 seconds reached.): there is no data in it.',
    );
  });
});
