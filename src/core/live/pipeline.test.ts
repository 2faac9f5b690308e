import { describe, expect, it } from 'vitest';
import { labelCode } from '../../shared/anomaly';
import { PREPROCESSING_VERSION, inputWidth, type Preprocessing } from '../../shared/preprocessing';
import { DEFAULT_CONFIG } from '../config';
import { formatTwoDecimals } from '../formats/serverLog';
import { buildMatrix } from '../preprocess/matrix';
import { formatUtc } from '../time';
import { ColumnMapper } from './columnCheck';
import { LiveLineSplitter } from './lineSplitter';
import { parseLiveMessage } from './liveMessage';
import { LiveQueue } from './liveQueue';
import type { LiveRow } from './liveRow';
import { LiveTable, scoringHistory } from './liveTable';
import { SimulatedServer } from './simulatedServer';

// The pieces together, as a live worker would join them: source → parse → columns → queue → table → model input.
const START = Date.UTC(2024, 2, 4, 9);
const config = { ...DEFAULT_CONFIG, intervalSeconds: 30, anomalyProbability: 0, processes: ['web' as const, 'db' as const] };
const features = ['cpu', 'ram', 'disk', 'web.cpu', 'db.cpu'];
const preprocessing: Preprocessing = {
  version: PREPROCESSING_VERSION, features, min: features.map(() => 0), max: features.map(() => 100),
  context: true, window: 3, stillness: true, inputWidth: inputWidth(features.length, 3, true, true),
};

const logLine = (row: LiveRow) => `${formatUtc(row.timestamp)} [sim] ${Object.entries(row.values).map(([k, v]) => `${k}=${formatTwoDecimals(v)}`).join(' ')}`;

describe('live pipeline', () => {
  it('scores a followed server log as it grows, every row once, with the injected anomaly labelled', () => {
    const server = new SimulatedServer(config, START);
    const splitter = new LiveLineSplitter();
    const mapper = new ColumnMapper(features);
    const queue = new LiveQueue<LiveRow>(1000);
    const table = new LiveTable({ keys: features, capacity: 100, intervalMs: 30_000, labelled: true });
    const labelOf = new Map<number, number>();
    const scoredTimes: number[] = [];
    let text = '';
    for (let tick = 0; tick < 12; tick++) {
      if (tick === 6) server.inject('Unexpected Spike', { minutes: 2 });
      const rows = server.next(5);
      rows.forEach((r) => labelOf.set(r.timestamp, r.label!));
      text += rows.map((r) => `${logLine(r)}\n`).join('');
      // The file grows in uneven chunks that split lines anywhere.
      const cut = Math.floor(text.length * 0.7);
      for (const line of splitter.push(text.slice(0, cut))) {
        const { rows: parsed, errors } = parseLiveMessage(line, { arrivalMs: 0 });
        queue.noteMalformed(errors.length);
        for (const row of parsed) {
          const mapped = mapper.map(row);
          if ('kind' in mapped) queue.noteMalformed();
          else queue.push({ ...mapped, label: labelOf.get(mapped.timestamp) });
        }
      }
      text = text.slice(cut);
      for (const row of queue.takeBatch(50)) table.append(row);
      const view = table.takeNew(scoringHistory(preprocessing));
      if (view === null) continue;
      const built = buildMatrix(view.dataset, preprocessing, view.newRows);
      queue.noteScored(built.rows.length);
      built.rows.forEach((r) => scoredTimes.push(view.dataset.timestamps[r]));
    }
    const stats = queue.stats();
    expect(stats).toMatchObject({ malformed: 0, dropped: 0, queued: 0 });
    expect(stats.received).toBeGreaterThan(50);
    expect(stats.scored).toBe(stats.received - 2); // the first two rows have no full window
    expect(new Set(scoredTimes).size).toBe(scoredTimes.length);
    const spike = table.recent().dataset;
    const code = labelCode('Unexpected Spike');
    expect(Array.from(spike.labels!).filter((l) => l === code)).toHaveLength(4);
    expect(table.stats()).toMatchObject({ duplicates: 0, outOfOrder: 0, gaps: 0 });
  });
});
