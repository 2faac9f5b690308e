import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../core/config';
import { ANOMALY_TYPES } from '../shared/anomaly';
import { eventProbabilities } from './eventProbability';

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
