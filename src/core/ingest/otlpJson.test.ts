import { describe, expect, it } from 'vitest';
import { columnsOf, importText } from './fixtures/readFixture';
import { attributeLabels } from './otlpJson';

const NS = '1705446000000000000'; // 2024-01-16 23:00:00 UTC in nanoseconds, a string as OTLP JSON writes int64
const NS_LATER = '1705446060000000000';
const MS = Date.UTC(2024, 0, 16, 23, 0);

const resource = (host: string) => ({
  attributes: [
    { key: 'host.name', value: { stringValue: host } },
    { key: 'telemetry.sdk.language', value: { stringValue: 'go' } },
  ],
});

/** One file exporter line: a gauge with asDouble, a sum with asInt as a string, a histogram. */
function request(host: string, time: string, load: number | null, bytes: string): string {
  return JSON.stringify({
    resourceMetrics: [
      {
        resource: resource(host),
        scopeMetrics: [
          {
            scope: { name: 'hostmetrics' },
            metrics: [
              { name: 'system.cpu.load_average.1m', unit: '{thread}', gauge: { dataPoints: [{ timeUnixNano: time, ...(load === null ? {} : { asDouble: load }) }] } },
              {
                name: 'system.network.io',
                sum: { aggregationTemporality: 2, isMonotonic: true, dataPoints: [{ attributes: [{ key: 'direction', value: { stringValue: 'receive' } }], timeUnixNano: time, asInt: bytes }] },
              },
              { name: 'http.server.duration', histogram: { dataPoints: [{ timeUnixNano: time, count: '3' }] } },
            ],
          },
        ],
      },
    ],
  });
}

describe('OpenTelemetry OTLP JSON', () => {
  it('reads gauges and sums per line, string int64s, attributes and the host, a point without value missing', () => {
    const text = [request('web-1', NS, 0.5, '1000'), request('web-1', NS_LATER, null, '1500'), request('web-2', NS, 2, '7')].join('\n');
    const { preview, table } = importText(`${text}\n`, 'otel.json', 100);
    const load1 = 'system.cpu.load_average.1m{host.name="web-1"}';
    const rx1 = 'system.network.io{direction="receive",host.name="web-1"}';
    expect(preview.mapping.format).toBe('otlp-json');
    expect(preview.mapping.valueColumns).toEqual([load1, rx1, 'system.cpu.load_average.1m{host.name="web-2"}', 'system.network.io{direction="receive",host.name="web-2"}']);
    expect(preview.hosts).toEqual(['web-1', 'web-2']);
    expect(Array.from(table.timestamps)).toEqual([MS, MS + 60_000]);
    expect(columnsOf(table)[load1]).toEqual([0.5, NaN]);
    expect(columnsOf(table)[rx1]).toEqual([1000, 1500]);
    expect(table.skipped.examples[0].reason).toBe('http.server.duration is a histogram metric; only gauges and sums are imported');
  });

  it('reads fields in any order: points before the metric’s name, the resource after its metrics', () => {
    const odd = `{"resourceMetrics":[{"scopeMetrics":[{"metrics":[{"gauge":{"dataPoints":[{"asDouble":1.5,"timeUnixNano":"${NS}"},{"asDouble":2.5,"timeUnixNano":"${NS_LATER}"}]},"name":"load"}]}],"resource":${JSON.stringify(resource('db-1'))}}]}`;
    const { preview, table } = importText(`${odd}\n`, 'odd.json', 13);
    expect(preview.mapping.valueColumns).toEqual(['load{host.name="db-1"}']);
    expect(columnsOf(table)).toEqual({ 'load{host.name="db-1"}': [1.5, 2.5] });
  });

  it('reads attribute values of every kind as text', () => {
    const labels = attributeLabels([
      { key: 's', value: { stringValue: 'a' } },
      { key: 'i', value: { intValue: '3' } },
      { key: 'b', value: { boolValue: true } },
    ]);
    expect(labels).toEqual({ s: 'a', i: '3', b: 'true' });
  });
});
