import { describe, expect, it } from 'vitest';
import { PivotTable } from './pivotTable';

describe('PivotTable', () => {
  it('makes one row per time and one column per key, NaN where a key was not seen', () => {
    const pivot = new PivotTable();
    pivot.set(pivot.rowFor(0), pivot.columnFor('a'), 1);
    pivot.set(pivot.rowFor(1000), pivot.columnFor('b'), 2);
    pivot.set(pivot.rowFor(0), pivot.columnFor('b'), 3);
    pivot.set(pivot.rowFor(1000), pivot.columnFor('b'), 4);
    const table = pivot.toTable();
    expect(Array.from(table.timestamps)).toEqual([0, 1000]);
    expect(table.columns.map((c) => [c.name, Array.from(c.values)])).toEqual([['a', [1, NaN]], ['b', [3, 4]]]);
  });

  it('renames or drops columns on the way out', () => {
    const pivot = new PivotTable();
    pivot.set(pivot.rowFor(0), pivot.columnFor('x/a'), 1);
    pivot.set(pivot.rowFor(0), pivot.columnFor('x/b'), 2);
    const table = pivot.toTable((key) => (key === 'x/a' ? 'A' : null));
    expect(table.columns.map((c) => c.name)).toEqual(['A']);
  });
});
