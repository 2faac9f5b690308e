import { describe, expect, it } from 'vitest';
import { ANOMALY_TYPES } from '../../shared/anomaly';
import { DEFAULT_CONFIG } from '../config';
import { timeline } from './generate';
import { createRandom } from '../random';
import { eventProbabilities, scheduleEvents } from './schedule';

describe('eventProbabilities', () => {
  it('splits the overall chance by enabled weight', () => {
    const chances = eventProbabilities(DEFAULT_CONFIG);
    const total = ANOMALY_TYPES.reduce((sum, type) => sum + chances[type], 0);
    expect(total).toBeCloseTo(DEFAULT_CONFIG.anomalyProbability, 12);
    expect(chances['Unexpected Spike'] / chances['Memory Leak']).toBeCloseTo(4, 12);
  });

  it('gives disabled types nothing', () => {
    const config = { ...DEFAULT_CONFIG, events: { ...DEFAULT_CONFIG.events, Flatline: { ...DEFAULT_CONFIG.events.Flatline, enabled: false } } };
    const chances = eventProbabilities(config);
    expect(chances.Flatline).toBe(0);
    expect(ANOMALY_TYPES.reduce((sum, type) => sum + chances[type], 0)).toBeCloseTo(config.anomalyProbability, 12);
  });
});

describe('eventProbabilities with processes missing', () => {
  it('gives nothing to types that need an absent process', () => {
    const chances = eventProbabilities({ ...DEFAULT_CONFIG, processes: ['web', 'app'] });
    expect(chances['Cascading Failure']).toBe(0);
    expect(ANOMALY_TYPES.reduce((sum, type) => sum + chances[type], 0)).toBeCloseTo(DEFAULT_CONFIG.anomalyProbability, 12);
  });
});

describe('scheduleEvents', () => {
  const config = { ...DEFAULT_CONFIG, months: 2, intervalSeconds: 60, anomalyProbability: 0.002 };
  const events = scheduleEvents(timeline(config), config, createRandom(5));

  it('places events one at a time, inside the timeline', () => {
    expect(events.length).toBeGreaterThan(50);
    events.forEach((e, i) => {
      expect(e.endIndex).toBeGreaterThanOrEqual(e.startIndex);
      if (i > 0) expect(e.startIndex).toBeGreaterThan(events[i - 1].endIndex);
    });
  });

  it('draws types in proportion to their weights', () => {
    const spikes = events.filter((e) => e.type === 'Unexpected Spike').length;
    const leaks = events.filter((e) => e.type === 'Memory Leak').length;
    expect(spikes).toBeGreaterThan(leaks);
  });

  it('keeps durations within the configured range', () => {
    for (const e of events) {
      const [lo, hi] = config.events[e.type].durationMinutes;
      const minutes = e.endIndex - e.startIndex + 1;
      if (e.endIndex < timeline(config).length - 1) {
        expect(minutes).toBeGreaterThanOrEqual(Math.round(lo));
        expect(minutes).toBeLessThanOrEqual(Math.round(hi) + 1);
      }
    }
  });
});
