import { ANOMALY_TYPES } from '../shared/anomaly';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import { DEBUG_LOG_LINE, SERVER_LOG_HEADER, SERVER_LOG_LINE, dataLines, headerLines, parseServerLogLine, parseTimestamp } from './logFiles';
import type { AppPage, GeneratedSummary } from './pages/AppPage';

const SMALL = { months: 1, intervalSeconds: 300, seed: 7, anomalyPercent: 1, startDate: '2024-01-01' };
/** January 2024 at one row per 300 s, end exclusive. */
const SMALL_ROWS = (Date.UTC(2024, 1, 1) - Date.UTC(2024, 0, 1)) / (SMALL.intervalSeconds * 1000);
const DISTRIBUTIONS = ['CPU % distribution', 'RAM % distribution', 'Disk % distribution'];
const SERVER_METRICS = ['cpu', 'ram', 'disk'];
const TWO_DECIMALS = /^-?\d+\.\d{2}$/;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

async function expectExploreDrawn(app: AppPage): Promise<void> {
  await app.openPanel('Explore');
  for (const title of DISTRIBUTIONS) await app.expectChartDrawn(app.chart(title));
  await app.expectChartDrawn(app.monthChart('CPU %', 'January 2024'));
}

test.describe('Generate', () => {
  let summary: GeneratedSummary;

  test.beforeEach(async ({ app }) => {
    await app.goto();
    summary = await app.generate(SMALL);
  });

  test.afterEach(async ({ app }) => {
    await expect(app.errorAlert).toHaveCount(0);
  });

  test('reports the run and writes the logs it reports', async ({ app }) => {
    expect(summary.rows).toBe(SMALL_ROWS);
    expect(summary.columns).toBeGreaterThanOrEqual(SERVER_METRICS.length);

    const logs = await app.download('Download logs');
    expect(logs.name).toBe('server_logs.txt');
    expect(logs.text.startsWith('#'), 'server_logs.txt opens with a # header line').toBe(true);
    expect(headerLines(logs.text)[0]).toMatch(SERVER_LOG_HEADER);
    expect(headerLines(logs.text)[0]).toContain(`interval ${SMALL.intervalSeconds} s · ${summary.rows} rows`);
    expect(dataLines(logs.text).filter((line) => !SERVER_LOG_LINE.test(line)).slice(0, 3)).toEqual([]);

    const rows = dataLines(logs.text).map((line) => {
      const parsed = parseServerLogLine(line);
      if (!parsed) throw new Error(`server_logs.txt line without a timestamp: ${line}`);
      return parsed;
    });
    expect(rows).toHaveLength(summary.rows);
    expect(rows[0].timestamp).toBe(`${SMALL.startDate} 00:00:00`);
    expect(rows.at(-1)?.timestamp).toBe('2024-01-31 23:55:00');

    const steps = new Set(rows.slice(1).map((row, i) => row.time - rows[i].time));
    expect([...steps], 'rows are one interval apart').toEqual([SMALL.intervalSeconds * 1000]);

    const badValues: string[] = [];
    for (const row of rows) {
      if (row.values.size !== summary.columns) badValues.push(`${row.timestamp} has ${row.values.size} values`);
      for (const [key, value] of row.values) {
        if (!TWO_DECIMALS.test(value)) badValues.push(`${row.timestamp} ${key}=${value} (not two decimals)`);
      }
      for (const key of SERVER_METRICS) {
        const value = Number(row.values.get(key));
        if (!(value >= 0 && value <= 100)) badValues.push(`${row.timestamp} ${key}=${row.values.get(key)} (not 0..100)`);
      }
      if (badValues.length > 10) break;
    }
    expect(badValues).toEqual([]);

    const truth = await app.download('Download ground truth');
    expect(truth.name).toBe('debug_logs.txt');
    const events = dataLines(truth.text);
    expect(events.length, 'a 1 % anomaly chance over a month injects events').toBeGreaterThan(0);
    for (const line of events) {
      const match = DEBUG_LOG_LINE.exec(line);
      expect(match, `debug_logs.txt line in the documented format: ${line}`).not.toBeNull();
      expect(ANOMALY_TYPES as readonly string[]).toContain(match![2]);
      expect(match![3] >= match![1], `an event ends after it starts: ${line}`).toBe(true);
      const stamp = parseTimestamp(line);
      expect(stamp, `timestamp in: ${line}`).not.toBeNull();
      expect(stamp?.time).toBeGreaterThanOrEqual(rows[0].time);
      expect(stamp?.time).toBeLessThanOrEqual(rows[rows.length - 1].time);
    }
  });

  test('the same seed and configuration give byte-identical logs', async ({ app }) => {
    const first = await app.download('Download logs');
    const firstTruth = await app.download('Download ground truth');
    await app.generate(SMALL);
    expect(await app.datasetNames()).toHaveLength(2);
    const second = await app.download('Download logs');
    expect(second.bytes.equals(first.bytes), 'server_logs.txt is byte-identical').toBe(true);
    expect((await app.download('Download ground truth')).bytes.equals(firstTruth.bytes)).toBe(true);
  });

  test('charts the dataset by month in UTC and saves a chart as PNG', async ({ app }) => {
    await expectExploreDrawn(app);
    // One month from 1 January, end exclusive, in UTC: nothing before or after January.
    await expect(app.monthChart('CPU %', 'December 2023')).toHaveCount(0);
    await expect(app.monthChart('CPU %', 'February 2024')).toHaveCount(0);

    const ram = await app.selectMetric('RAM');
    await app.expectChartDrawn(app.monthChart(ram, 'January 2024'));

    const png = await app.savePng('CPU % distribution');
    expect(png.name).toMatch(/\.png$/);
    expect(png.bytes.length).toBeGreaterThan(PNG_SIGNATURE.length);
    expect(png.bytes.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE), 'PNG signature').toBe(true);
  });

  test('keeps the dataset, still selected, after a reload', async ({ app }) => {
    const names = await app.datasetNames();
    expect(names).toHaveLength(1);
    await app.expectSelected(names[0]);

    await app.reload();
    await expect.poll(() => app.datasetNames()).toEqual(names);
    await app.expectSelected(names[0]);
    await expectExploreDrawn(app);
  });

  test('has no serious accessibility violations', async ({ app, page }) => {
    await app.openPanel('Generate');
    await expectNoSeriousA11yViolations(page, 'Generate');
    await app.openPanel('Explore');
    await app.expectChartDrawn(app.chart(DISTRIBUTIONS[0]));
    await expectNoSeriousA11yViolations(page, 'Explore');
  });
});
