import { labelCode, type AnomalyEvent } from '../../shared/anomaly';
import type { Dataset, MetricColumn } from '../../shared/dataset';
import type { GeneratorConfig } from '../../shared/generatorConfig';
import { createRandom, deriveSeed } from '../random';
import { addUtcMonths, formatUtc, parseUtcDate } from '../time';
import { cpuKey, processLabel, ramKey, serverLabel } from './columns';
import { simulateDisk } from './disk';
import { createWorkspace, EFFECTS, type Workspace } from './effects';
import { simulateProcesses } from './processes';
import { scheduleEvents, type ScheduledEvent } from './schedule';

export interface GenerateOptions {
  /** Called now and then with the share of the work done (0..1). */
  onProgress?: (fraction: number) => void;
}

/** Independent random streams, so changing one part of the model never reshuffles another. */
export const STREAM = { events: 1, processes: 2, effects: 3, disk: 4 };

/** Row timestamps from the start date over the configured months. */
export function timeline(config: GeneratorConfig): Float64Array {
  const start = parseUtcDate(config.startDate);
  const end = addUtcMonths(start, config.months);
  const intervalMs = config.intervalSeconds * 1000;
  const rows = Math.max(0, Math.floor((end - start) / intervalMs));
  const timestamps = new Float64Array(rows);
  for (let i = 0; i < rows; i++) timestamps[i] = start + i * intervalMs;
  return timestamps;
}

/**
 * Generates a labelled synthetic dataset: server CPU/RAM/Disk % and each process's CPU/RAM %,
 * with anomalies injected and recorded. The same configuration always gives identical output.
 */
export function generateDataset(config: GeneratorConfig, options: GenerateOptions = {}): Dataset {
  const report = options.onProgress ?? (() => {});
  const timestamps = timeline(config);
  const n = timestamps.length;
  const scheduled = scheduleEvents(timestamps, config, createRandom(deriveSeed(config.seed, STREAM.events)));
  report(0.02);

  const normal = simulateProcesses(timestamps, config, createRandom(deriveSeed(config.seed, STREAM.processes)), (row) =>
    report(0.02 + 0.78 * (row / Math.max(1, n))),
  );
  const ws = createWorkspace(config.intervalSeconds, normal, n);
  const effectsRng = createRandom(deriveSeed(config.seed, STREAM.effects));
  const touched = scheduled.map(() => new Set<string>());
  const apply = (phase: 'beforeTotals' | 'afterTotals') =>
    scheduled.forEach((event, k) => {
      const effect = EFFECTS[event.type][phase];
      effect?.({ event, settings: config.events[event.type], rng: effectsRng, ws }).forEach((key) => touched[k].add(key));
    });

  apply('beforeTotals');
  sumTotals(ws);
  apply('afterTotals');
  report(0.85);
  const disk = simulateDisk(timestamps, normal.demand, normal.backupActive, ws.diskDelta, config.intervalSeconds, createRandom(deriveSeed(config.seed, STREAM.disk)));

  const columns: MetricColumn[] = [
    { key: 'cpu', label: serverLabel('cpu'), values: ws.cpu },
    { key: 'ram', label: serverLabel('ram'), values: ws.ram },
    { key: 'disk', label: serverLabel('disk'), values: disk },
  ];
  for (const [id, series] of normal.processes) {
    columns.push({ key: cpuKey(id), label: processLabel(id, 'cpu'), values: series.cpu });
    columns.push({ key: ramKey(id), label: processLabel(id, 'ram'), values: series.ram });
  }
  for (const column of columns) roundToPercent(column.values);
  scheduled.forEach((event, k) => {
    if (event.type !== 'Flatline') return;
    freeze(columns, event);
    columns.forEach((c) => touched[k].add(c.key));
  });

  const labels = new Uint8Array(n);
  for (const event of scheduled) labels.fill(labelCode(event.type), event.startIndex, event.endIndex + 1);
  const events: AnomalyEvent[] = scheduled.map((event, k) => ({
    type: event.type,
    start: timestamps[event.startIndex],
    end: timestamps[event.endIndex],
    startIndex: event.startIndex,
    endIndex: event.endIndex,
    process: event.process,
    metrics: columns.map((c) => c.key).filter((key) => touched[k].has(key)),
  }));
  report(1);

  return {
    meta: {
      id: `generated-${config.seed}-${Date.now().toString(36)}`,
      name: datasetName(config, timestamps),
      source: 'generated',
      createdAt: Date.now(),
      rowCount: n,
      columnKeys: columns.map((c) => c.key),
      start: n > 0 ? timestamps[0] : NaN,
      end: n > 0 ? timestamps[n - 1] : NaN,
      intervalMs: config.intervalSeconds * 1000,
      sizeBytes: timestamps.byteLength + labels.byteLength + columns.reduce((sum, c) => sum + c.values.byteLength, 0),
      eventCount: events.length,
      hasLabels: true,
      config,
    },
    timestamps,
    columns,
    labels,
    events,
  };
}

/** Server CPU and RAM are the OS's share plus every process's, capped at 100 %. */
export function sumTotals(ws: Workspace): void {
  const { cpu, ram } = ws;
  cpu.fill(0);
  ram.fill(0);
  // Column by column: sequential memory access, no per-row iteration objects.
  for (const series of [ws.os, ...ws.processes.values()]) {
    for (let i = 0; i < cpu.length; i++) {
      cpu[i] += series.cpu[i];
      ram[i] += series.ram[i];
    }
  }
  for (let i = 0; i < cpu.length; i++) {
    if (cpu[i] > 100) cpu[i] = 100;
    if (ram[i] > 100) ram[i] = 100;
  }
}

/** Two decimals within 0..100, exactly what the log file holds, so a round trip loses nothing. */
export function roundToPercent(values: Float32Array): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    values[i] = v <= 0 ? 0 : v >= 100 ? 100 : ((v * 100 + 0.5) | 0) / 100; // v > 0, so truncation rounds
  }
}

/** A hung exporter repeats the last value it read: every column holds still. */
function freeze(columns: MetricColumn[], event: ScheduledEvent): void {
  const from = Math.max(0, event.startIndex - 1);
  for (const column of columns) column.values.fill(column.values[from], event.startIndex, event.endIndex + 1);
}

function datasetName(config: GeneratorConfig, timestamps: Float64Array): string {
  const first = timestamps.length > 0 ? formatUtc(timestamps[0]).slice(0, 10) : config.startDate;
  return `${config.serverName} · ${config.months} mo from ${first} · seed ${config.seed}`;
}
