import { describe, expect, it } from 'vitest';
import { importFile, PREVIEW_BYTES, previewFile } from './importPipeline';
import { detectSeriesJson } from './seriesJson';

const T0 = 1_705_449_600;

/** A one-line query_range answer of `series` series × `points` samples each (several hundred KB). */
function bigRange(series: number, points: number): string {
  const result = Array.from({ length: series }, (_, s) => ({
    metric: { __name__: 'cpu', instance: `web-${s}` },
    values: Array.from({ length: points }, (_, i) => [T0 + i * 15, String((s * 7 + i) % 100)]),
  }));
  return JSON.stringify({ status: 'success', data: { resultType: 'matrix', result } });
}

describe('monitoring tools’ JSON through the import pipeline', () => {
  it('detects each tool from the keys in the first bytes', () => {
    expect(detectSeriesJson('{"status":"success","data":{"resultType":"matrix","result":[')).toBe('prometheus-json');
    expect(detectSeriesJson('{\n  "MetricDataResults": [')).toBe('cloudwatch-json');
    expect(detectSeriesJson('{"Label": "CPUUtilization", "Datapoints": [')).toBe('cloudwatch-json');
    expect(detectSeriesJson('{"status":"ok","res_type":"time_series","series":[{"pointlist":[')).toBe('datadog-json');
    expect(detectSeriesJson('{\n "labels": ["time", "user"],')).toBe('netdata-json');
    expect(detectSeriesJson('{"fields":{"a":1},"name":"cpu","tags":{},"timestamp":1}\n')).toBe('telegraf-json');
    expect(detectSeriesJson('{"resourceMetrics":[{"resource":{}')).toBe('otlp-json');
    expect(detectSeriesJson('{"time":"2024-01-01","cpu":1}\n')).toBeNull();
  });

  it('previews a single-line document far past 64 KB, listing the series beyond the head, and imports them all', async () => {
    const text = bigRange(40, 400);
    expect(text.length).toBeGreaterThan(PREVIEW_BYTES * 4);
    expect(text.includes('\n')).toBe(false);
    const file = new File([text], 'range.json');
    const preview = await previewFile(file);
    expect(preview.mapping.format).toBe('prometheus-json');
    expect(preview.mapping.valueColumns).toHaveLength(40);
    expect(preview.mapping.valueColumns.at(-1)).toBe('cpu{instance="web-39"}');
    expect(preview.sampleRows[0].slice(0, 2)).toEqual(['2024-01-17T00:00:00Z', '0']);
    const { dataset, report } = await importFile(file, preview.mapping, null, { id: 'p', createdAt: 0 });
    expect(dataset.meta.columnKeys).toHaveLength(40);
    expect(report).toMatchObject({ format: 'prometheus-json', rowsImported: 400, intervalMs: 15_000 });
    expect(dataset.timestamps[0]).toBe(T0 * 1000);
  });
});
