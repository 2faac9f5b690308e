import { describe, expect, it } from 'vitest';
import { ColumnMapper, matchColumns, type ColumnMatch } from './columnCheck';

const FEATURES = ['cpu', 'ram', 'disk', 'web.cpu'];

function ok(result: ReturnType<typeof matchColumns>): ColumnMatch {
  if ('kind' in result) throw new Error(result.reason);
  return result;
}

describe('matchColumns', () => {
  it('matches exact keys and lists the unused ones', () => {
    expect(matchColumns(['disk', 'cpu', 'ram', 'web.cpu', 'load'], FEATURES)).toEqual({
      sources: ['cpu', 'ram', 'disk', 'web.cpu'],
      renamed: [],
      unused: ['load'],
    });
  });

  it("maps the original tool's component names by case", () => {
    const match = ok(matchColumns(['CPU', 'RAM', 'Disk'], ['cpu', 'ram', 'disk']));
    expect(match.sources).toEqual(['CPU', 'RAM', 'Disk']);
    expect(match.renamed).toEqual([
      { feature: 'cpu', key: 'CPU' },
      { feature: 'ram', key: 'RAM' },
      { feature: 'disk', key: 'Disk' },
    ]);
  });

  it('maps column labels, the generator’s or given ones', () => {
    expect(ok(matchColumns(['CPU %', 'Web server CPU %', 'ram', 'disk'], FEATURES)).sources).toEqual(['CPU %', 'ram', 'disk', 'Web server CPU %']);
    expect(ok(matchColumns(['Requests per second'], ['rps'], { rps: 'Requests per second' })).sources).toEqual(['Requests per second']);
  });

  it('maps names that differ only in punctuation or a server prefix', () => {
    expect(ok(matchColumns(['web_cpu', 'server-1/CPU', 'server-1/RAM', 'DISK'], FEATURES)).sources).toEqual([
      'server-1/CPU',
      'server-1/RAM',
      'DISK',
      'web_cpu',
    ]);
  });

  it('prefers an exact key over a looser one and uses each key once', () => {
    expect(ok(matchColumns(['CPU', 'cpu'], ['cpu'])).sources).toEqual(['cpu']);
    const result = matchColumns(['cpu'], ['cpu', 'CPU']);
    expect(result).toMatchObject({ kind: 'missing-columns', missing: ['CPU'] });
  });

  it('names every missing column with its label and what the source sends', () => {
    const result = matchColumns(['cpu', 'load'], FEATURES);
    expect(result).toMatchObject({ name: 'LiveMessageError', kind: 'missing-columns', missing: ['ram', 'disk', 'web.cpu'] });
    expect('reason' in result && result.reason).toBe(
      'the live data has no column for ram (RAM %), disk (Disk %), web.cpu (Web server CPU %); the model needs all 4 columns it was trained on, and the source sends: cpu, load.',
    );
    expect(matchColumns([], ['x'])).toMatchObject({ missing: ['x'] });
  });
});

describe('ColumnMapper', () => {
  it("renames a row's values to the model's keys, keeping NaN and the label", () => {
    const mapper = new ColumnMapper(['cpu', 'ram']);
    expect(mapper.map({ timestamp: 5, values: { RAM: NaN, CPU: 1, extra: 9 }, label: 2 })).toEqual({ timestamp: 5, values: { cpu: 1, ram: NaN }, label: 2 });
    expect(mapper.map({ timestamp: 6, values: { cpu: 1, ram: 2 } })).toEqual({ timestamp: 6, values: { cpu: 1, ram: 2 } });
  });

  it('returns the missing-columns error for a row that lacks a feature', () => {
    const mapper = new ColumnMapper(['cpu', 'ram']);
    expect(mapper.map({ timestamp: 5, values: { cpu: 1 } })).toMatchObject({ kind: 'missing-columns', missing: ['ram'] });
  });

  it('matches each distinct key set once', () => {
    const mapper = new ColumnMapper(['cpu']);
    const first = mapper.match(['CPU']);
    expect(mapper.match(['CPU'])).toBe(first);
    expect(mapper.match(['cpu'])).not.toBe(first);
  });
});
