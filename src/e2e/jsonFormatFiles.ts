/**
 * One small file per monitoring tool's JSON export, written from each tool's documentation, with
 * what the import must store. The times sit around midnight UTC, so a time read in the browser's
 * zone lands on another day.
 */
import type { FormatFileCase } from './formatFileHelpers';

const T = 1_705_446_000; // 2024-01-16T23:00:00Z in Unix seconds

const WEB1 = 'node_load1{instance="web-1:9100",job="node"}';
const WEB2 = 'node_load1{instance="web-2:9100",job="node"}';

/** `curl .../api/v1/query_range?query=node_load1&step=60` saved as it comes: one line. */
export const PROMETHEUS_RANGE = JSON.stringify({
  status: 'success',
  data: {
    resultType: 'matrix',
    result: [
      { metric: { __name__: 'node_load1', instance: 'web-1:9100', job: 'node' }, values: [[T, '0.5'], [T + 60, '0.75'], [T + 120, '1.25']] },
      { metric: { __name__: 'node_load1', instance: 'web-2:9100', job: 'node' }, values: [[T, '2'], [T + 60, 'NaN'], [T + 120, '2.5']] },
    ],
  },
});

/** `aws cloudwatch get-metric-data ... --output json`: newest first, timestamps with an offset. */
const CLOUDWATCH = `{
    "MetricDataResults": [
        {
            "Id": "m1",
            "Label": "CPUUtilization",
            "Timestamps": [
                "2024-01-17T00:10:00+01:00",
                "2024-01-17T00:05:00+01:00",
                "2024-01-17T00:00:00+01:00"
            ],
            "Values": [12.5, 11.0, 10.25],
            "StatusCode": "Complete"
        },
        {
            "Id": "m2",
            "Label": "NetworkIn",
            "Timestamps": ["2024-01-16T23:10:00+00:00", "2024-01-16T23:00:00+00:00"],
            "Values": [4096.0, 2048.0],
            "StatusCode": "Complete"
        }
    ],
    "Messages": []
}
`;

/** `GET /api/v1/query?query=avg:system.cpu.user{host:web-1}`: epoch-ms points, one null. */
const DATADOG = JSON.stringify({
  status: 'ok',
  res_type: 'time_series',
  from_date: T * 1000,
  to_date: (T + 180) * 1000,
  query: 'avg:system.cpu.user{host:web-1}',
  series: [
    {
      aggr: 'avg',
      display_name: 'system.cpu.user',
      metric: 'system.cpu.user',
      pointlist: [[T * 1000, 1.5], [(T + 60) * 1000, null], [(T + 120) * 1000, 3.25], [(T + 180) * 1000, 2]],
      scope: 'host:web-1',
      tag_set: ['host:web-1'],
    },
  ],
});

/** `GET /api/v1/data?chart=system.cpu&format=json&after=-3`: newest first. */
const NETDATA = `{
 "labels": ["time", "user", "system"],
    "data":
 [
      [ ${T + 2}, 3.5, 1.25],
      [ ${T + 1}, 3.0, 1.5],
      [ ${T}, 2.75, 1.0]
  ]
}
`;

/** Telegraf `[[outputs.file]] data_format = "json"`: cpu and mem sharing each timestamp. */
const TELEGRAF = [0, 10, 20]
  .flatMap((dt, i) => [
    `{"fields":{"usage_idle":${90 + i},"usage_user":${5 + i}},"name":"cpu","tags":{"cpu":"cpu-total","host":"web-1"},"timestamp":${T + dt}}`,
    `{"fields":{"used_percent":${40 + i}},"name":"mem","tags":{"host":"web-1"},"timestamp":${T + dt}}`,
  ])
  .join('\n');

/** OpenTelemetry Collector `file` exporter: one ExportMetricsServiceRequest per line. */
const OTLP = [0, 60, 120]
  .map((dt, i) =>
    JSON.stringify({
      resourceMetrics: [
        {
          resource: { attributes: [{ key: 'host.name', value: { stringValue: 'web-1' } }] },
          scopeMetrics: [
            {
              scope: { name: 'github.com/open-telemetry/opentelemetry-collector-contrib/receiver/hostmetricsreceiver/internal/scraper/memoryscraper' },
              metrics: [
                {
                  name: 'system.memory.usage',
                  unit: 'By',
                  sum: {
                    dataPoints: [{ attributes: [{ key: 'state', value: { stringValue: 'used' } }], timeUnixNano: `${T + dt}000000000`, asInt: String(1_000_000 + i * 1000) }],
                    aggregationTemporality: 2,
                  },
                },
              ],
            },
          ],
        },
      ],
    }),
  )
  .join('\n');

export const JSON_FORMAT_CASES: readonly FormatFileCase[] = [
  { name: 'query_range.json', text: PROMETHEUS_RANGE, format: 'prometheus-json', columns: [WEB1, WEB2], rows: 3, first: '2024-01-16T23:00:00.000Z', last: '2024-01-16T23:02:00.000Z' },
  { name: 'cloudwatch.json', text: CLOUDWATCH, format: 'cloudwatch-json', columns: ['CPUUtilization', 'NetworkIn'], rows: 3, first: '2024-01-16T23:00:00.000Z', last: '2024-01-16T23:10:00.000Z' },
  { name: 'datadog.json', text: DATADOG, format: 'datadog-json', columns: ['system.cpu.user{host="web-1"}'], rows: 4, first: '2024-01-16T23:00:00.000Z', last: '2024-01-16T23:03:00.000Z' },
  { name: 'netdata.json', text: NETDATA, format: 'netdata-json', columns: ['user', 'system'], rows: 3, first: '2024-01-16T23:00:00.000Z', last: '2024-01-16T23:00:02.000Z' },
  {
    name: 'telegraf.out',
    text: `${TELEGRAF}\n`,
    format: 'telegraf-json',
    columns: ['cpu.usage_idle{cpu="cpu-total",host="web-1"}', 'cpu.usage_user{cpu="cpu-total",host="web-1"}', 'mem.used_percent{host="web-1"}'],
    rows: 3,
    first: '2024-01-16T23:00:00.000Z',
    last: '2024-01-16T23:00:20.000Z',
  },
  { name: 'otel-metrics.json', text: `${OTLP}\n`, format: 'otlp-json', columns: ['system.memory.usage{host.name="web-1",state="used"}'], rows: 3, first: '2024-01-16T23:00:00.000Z', last: '2024-01-16T23:02:00.000Z' },
];

/** A Prometheus error answer saved instead of data. */
export const PROMETHEUS_ERROR = '{"status":"error","errorType":"bad_data","error":"invalid parameter \\"query\\": 1:6: parse error: unexpected end of input"}';
