import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../shared/errors';
import { hasRealTimestamps, resolveOptions } from './options';
import { ramp, tinyDataset } from './testData';

describe('resolveOptions', () => {
  const ds = tinyDataset({ cpu: ramp(10), ram: ramp(10) });

  it('fills the defaults: all columns, context on for real timestamps, no seasonal medians, a three-row window, 20 % chronological', () => {
    expect(resolveOptions(ds)).toEqual({
      features: ['cpu', 'ram'], context: true, window: 3, stillness: true, seasonal: false, validationSplit: 0.2, chronological: true, seed: 0, excludeLabelled: false,
    });
  });

  it('turns context off by default for headerless imports, whose times are made up', () => {
    const headerless = { ...ds, meta: { ...ds.meta, report: { format: 'headerless' } as never } };
    expect(hasRealTimestamps(headerless)).toBe(false);
    expect(resolveOptions(headerless).context).toBe(false);
    expect(resolveOptions(headerless, { context: true }).context).toBe(true);
  });

  it('names every unusable setting in one ConfigError', () => {
    const attempt = () => resolveOptions(ds, { features: ['cpu', 'gpu'], window: 0, validationSplit: 1 });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      expect((error as ConfigError).problems).toHaveLength(3);
      expect((error as ConfigError).message).toContain('"gpu"');
    }
    expect(() => resolveOptions(ds, { features: [] })).toThrow(/at least one metric/);
    expect(() => resolveOptions(ds, { features: ['cpu', 'cpu'] })).toThrow(/only once/);
  });
});
