import { describe, expect, it } from 'vitest';
import { classifyColumns } from './classify';

const times = ['2024-01-01 00:00:00', '2024-01-01 00:00:00', '2024-01-01 00:01:00', '2024-01-01 00:01:00'];

describe('classifyColumns', () => {
  it('finds the time, the metrics, the text columns', () => {
    const found = classifyColumns(['host', 'time', 'cpu', 'ram'], [['a', times[0], '1', '2'], ['b', times[2], '3', 'x'], ['a', times[3], '', '4']]);
    expect(found).toMatchObject({ timeColumn: 'time', timeFormat: 'datetime', valueColumns: ['cpu', 'ram'], unusedColumns: ['host'], long: null });
  });

  it('prefers date strings to epoch numbers and a time-like name to another', () => {
    const found = classifyColumns(['id', 'epoch', 'when', 'v'], [['1704067200', '1704067200', times[0], '1'], ['1704067260', '1704067260', times[2], '2']]);
    expect(found.timeColumn).toBe('when');
    expect(found.unusedColumns).toEqual(['id', 'epoch']);
  });

  it('detects a long table: one repeating text column and one value column', () => {
    const rows = [[times[0], 'cpu', '1'], [times[1], 'ram', '2'], [times[2], 'cpu', '3'], [times[3], 'ram', '4']];
    const found = classifyColumns(['time', 'metric', 'value'], rows);
    expect(found.long).toEqual({ seriesColumn: 'metric', valueColumn: 'value' });
    expect(found.seriesNames).toEqual(['cpu', 'ram']);
    expect(found.unusedColumns).toEqual([]);
  });

  it('does not call a table long when the text column hardly repeats or there are two values', () => {
    const unique = [[times[0], 'a', '1'], [times[1], 'b', '2'], [times[2], 'c', '3']];
    expect(classifyColumns(['time', 'host', 'value'], unique).long).toBeNull();
    const two = [[times[0], 'a', '1', '5'], [times[1], 'a', '2', '6']];
    expect(classifyColumns(['time', 'host', 'cpu', 'ram'], two).long).toBeNull();
  });

  it('suggests a 0/1 column named like a label, but never the only numeric column', () => {
    const rows = [[times[0], '5', '0'], [times[2], '6', '1']];
    expect(classifyColumns(['t', 'value', 'label'], rows)).toMatchObject({ labelColumn: 'label', valueColumns: ['value'] });
    expect(classifyColumns(['t', 'value', 'flag'], rows).labelColumn).toBeNull();
    expect(classifyColumns(['t', 'anomaly'], [[times[0], '0'], [times[2], '1']])).toMatchObject({ labelColumn: null, valueColumns: ['anomaly'] });
  });
});
