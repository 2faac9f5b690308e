import { describe, expect, it } from 'vitest';
import { hostOf, parseSeriesName, seriesName, UniqueNames } from './seriesName';

describe('seriesName', () => {
  it('writes labels sorted by key in Prometheus selector style', () => {
    expect(seriesName('cpu', { mode: 'idle', instance: 'web-1' })).toBe('cpu{instance="web-1",mode="idle"}');
    expect(seriesName('cpu')).toBe('cpu');
    expect(seriesName('', { job: 'api' })).toBe('{job="api"}');
    expect(seriesName('cpu', { host: '' })).toBe('cpu');
  });

  it('escapes quotes and backslashes so the name reads back', () => {
    const name = seriesName('disk', { path: 'C:\\ "x"\nend' });
    expect(name).toBe('disk{path="C:\\\\ \\"x\\"\\nend"}');
    expect(parseSeriesName(name)).toEqual({ metric: 'disk', labels: { path: 'C:\\ "x"\nend' } });
    expect(parseSeriesName('plain')).toEqual({ metric: 'plain', labels: {} });
  });

  it('finds the host label', () => {
    expect(hostOf({ instance: 'web-1:9100', job: 'node' })).toBe('web-1:9100');
    expect(hostOf({ host: 'a', instance: 'b' })).toBe('a');
    expect(hostOf({ job: 'node' })).toBeNull();
  });

  it('keeps names unique', () => {
    const names = new UniqueNames();
    expect(['x', 'x', 'x #2', 'x', 'y'].map((n) => names.next(n))).toEqual(['x', 'x #2', 'x #2 #2', 'x #3', 'y']);
  });
});
