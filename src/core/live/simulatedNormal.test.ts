import { describe, expect, it } from 'vitest';
import type { GeneratorConfig } from '../../shared/generatorConfig';
import { DEFAULT_CONFIG } from '../config';
import { createRandom } from '../random';
import { MS_PER_DAY } from '../time';
import { NormalStream } from './simulatedNormal';

const CONFIG: GeneratorConfig = { ...DEFAULT_CONFIG, intervalSeconds: 600, processes: ['web', 'batch', 'backup'] };
const START = Date.UTC(2024, 0, 6, 20); // a Saturday evening: the block boundary falls before Sunday's backup
const stream = () => new NormalStream(CONFIG, START, createRandom(1));

describe('NormalStream', () => {
  it('numbers rows from the start at the interval', () => {
    expect(stream().timeOf(0)).toBe(START);
    expect(stream().timeOf(7)).toBe(START + 7 * 600_000);
  });

  it('simulates whole UTC days on demand, the first one partial', () => {
    const s = stream();
    s.ensure(0);
    expect(s.heldRows).toBe(24); // 20:00 to midnight every 10 minutes
    s.ensure(24);
    expect(s.heldRows).toBe(24 + 144);
  });

  it('copies rows across day blocks as one run, the same whenever they were simulated', () => {
    const early = stream();
    early.ensure(500);
    const late = stream();
    const a = early.copy(10, 200);
    const b = late.copy(10, 200);
    expect(a).toEqual(b);
    expect(a.demand.length).toBe(191);
    const part = late.copy(20, 30);
    expect(Array.from(part.processes.get('web')!.cpu)).toEqual(Array.from(a.processes.get('web')!.cpu.subarray(10, 21)));
  });

  it('runs the nightly batch and the Sunday backup inside their day', () => {
    const rows = stream().copy(0, 24 + 144 - 1);
    const hours = (active: Uint8Array) => Array.from(active).flatMap((on, i) => (on ? [((START + i * 600_000) % MS_PER_DAY) / 3_600_000] : []));
    const backup = hours(rows.backupActive);
    expect(backup.length).toBeGreaterThan(8);
    for (const h of backup) expect(h >= 3 && h < 5.5).toBe(true);
    const batchCpu = rows.processes.get('batch')!.cpu;
    const busy = Array.from(batchCpu).flatMap((v, i) => (v > 10 ? [((START + i * 600_000) % MS_PER_DAY) / 3_600_000] : []));
    expect(busy.length).toBeGreaterThan(2);
    for (const h of busy) expect(h >= 2 && h < 4).toBe(true);
  });

  it('forgets the days already passed', () => {
    const s = stream();
    s.ensure(24 + 144 + 10);
    s.discardBefore(30);
    expect(s.heldRows).toBe(144 * 2);
    expect(() => s.copy(30, 40)).not.toThrow();
  });
});
