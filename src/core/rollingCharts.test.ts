import { describe, expect, it } from 'vitest';
import { rollingChartPaths } from './rollingCharts';

const options = { to: 100, spanMs: 100, threshold: 0.5, width: 100, scoreHeight: 10, metricHeight: 10, metrics: [{ key: 'cpu', label: 'CPU %' }], events: [] };

describe('rollingChartPaths', () => {
  const rows = {
    timestamps: Float64Array.from([0, 25, 50, 75, 100]),
    values: [Float32Array.from([1, 2, 3, 4, 5])],
    scores: Float32Array.from([0.1, 0.2, 0.9, 0.1, 0.6]),
  };

  it('marks flagged rows at their x, draws the threshold, and reads each metric’s range and last value', () => {
    const paths = rollingChartPaths(rows, { ...options, events: [{ type: 'Flatline', start: 75 }, { type: 'Flatline', start: -5 }] });
    expect(paths.from).toBe(0);
    expect(paths.flaggedX.sort((a, b) => a - b)).toEqual([50, 100]);
    expect(paths.score?.thresholdY).toBeGreaterThan(0);
    expect(paths.metrics[0]).toMatchObject({ key: 'cpu', label: 'CPU %', min: 1, max: 5, last: 5 });
    expect(paths.events).toEqual([{ x: 75, type: 'Flatline' }]);
  });

  it('has no score path without a positive score', () => {
    expect(rollingChartPaths({ ...rows, scores: new Float32Array(5) }, options).score).toBeNull();
  });
});
