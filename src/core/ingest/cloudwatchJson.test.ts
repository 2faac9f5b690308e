import { describe, expect, it } from 'vitest';
import { alignTable } from './align';
import { columnsOf, importText } from './fixtures/readFixture';
import { sniffFormat } from './sniff';
import { importError } from './testing';

const AT = (hh: number, mm: number) => Date.UTC(2024, 0, 16, hh, mm);

/** `aws cloudwatch get-metric-data` output: newest first, times with offsets, one result with a missing value. */
const METRIC_DATA = `{
    "MetricDataResults": [
        {
            "Id": "cpu",
            "Label": "CPUUtilization",
            "Timestamps": ["2024-01-17T00:10:00+01:00", "2024-01-16T23:05:00-00:00", "2024-01-16T23:00:00Z"],
            "Values": [12.5, 11.0, 10.25],
            "StatusCode": "Complete"
        },
        {
            "Id": "net",
            "Label": "NetworkIn",
            "Timestamps": ["2024-01-16T23:10:00Z", "2024-01-16T23:05:00Z"],
            "Values": [2048, null],
            "StatusCode": "PartialData"
        }
    ],
    "Messages": []
}
`;

/** `aws cloudwatch get-metric-statistics` output: datapoints in no order, two statistics. */
const STATISTICS = `{
    "Label": "CPUUtilization",
    "Datapoints": [
        { "Timestamp": "2024-01-16T23:10:00+00:00", "Average": 3.5, "Maximum": 9.0, "Unit": "Percent" },
        { "Timestamp": "2024-01-16T23:00:00+00:00", "Average": 1.5, "Maximum": 4.0, "Unit": "Percent" },
        { "Timestamp": "2024-01-16T23:05:00+00:00", "Average": 2.5, "Maximum": 6.0, "Unit": "Percent" }
    ]
}
`;

describe('AWS CLI CloudWatch JSON', () => {
  it('reads get-metric-data results by Label, newest first and with offsets, into rows oldest first', () => {
    const { preview, table } = importText(METRIC_DATA, 'cw.json');
    expect(preview.mapping).toMatchObject({ format: 'cloudwatch-json', valueColumns: ['CPUUtilization', 'NetworkIn'] });
    const aligned = alignTable(table);
    expect(Array.from(aligned.timestamps)).toEqual([AT(23, 0), AT(23, 5), AT(23, 10)]);
    expect(Object.fromEntries(aligned.columns.map((c) => [c.name, Array.from(c.values)]))).toEqual({
      CPUUtilization: [10.25, 11, 12.5],
      NetworkIn: [NaN, NaN, 2048],
    });
  });

  it('reads get-metric-statistics, one series per statistic, whatever the datapoints’ order', () => {
    const { preview, table } = importText(STATISTICS, 'stats.json', 17);
    expect(preview.mapping.valueColumns).toEqual(['CPUUtilization{stat="Average"}', 'CPUUtilization{stat="Maximum"}']);
    const aligned = alignTable(table);
    expect(Array.from(aligned.timestamps)).toEqual([AT(23, 0), AT(23, 5), AT(23, 10)]);
    expect(aligned.columns.map((c) => Array.from(c.values))).toEqual([[1.5, 2.5, 3.5], [4, 6, 9]]);
  });

  it('skips values without a timestamp and refuses a result CloudWatch did not fill', () => {
    const uneven = METRIC_DATA.replace('[12.5, 11.0, 10.25]', '[12.5, 11.0, 10.25, 9]');
    const { table } = importText(uneven, 'cw.json');
    expect(table.skipped.examples[0].reason).toBe('CPUUtilization has 3 timestamps but 4 values; the extra ones are skipped');
    expect(columnsOf(table).CPUUtilization).toHaveLength(3);
    const forbidden = '{"MetricDataResults":[{"Id":"m1","Label":"Errors","Timestamps":[],"Values":[],"StatusCode":"Forbidden"}]}';
    expect(importError(() => sniffFormat(forbidden, 'f.json', forbidden.length, false)).message).toBe(
      'f.json, line 1: this looks like AWS CLI CloudWatch output (get-metric-data / get-metric-statistics), but the result Errors has StatusCode "Forbidden" and no values.',
    );
  });
});
