import { describe, expect, it } from 'vitest';
import { blockRows } from './rowBlocks';
import { RowTable } from './tableBuilder';

describe('RowTable', () => {
  it('keeps every committed row across block boundaries, in order, with exactly sized columns', () => {
    const table = new RowTable(['a', 'b'], true);
    const BLOCK_ROWS = blockRows(2);
    const rows = BLOCK_ROWS * 2 + 5;
    for (let i = 0; i < rows; i++) {
      table.set(0, i);
      table.set(1, -i);
      table.label = i % 2;
      table.commit(i * 1000);
    }
    const parsed = table.toTable();
    expect(parsed.timestamps).toHaveLength(rows);
    expect(parsed.timestamps.buffer.byteLength).toBe(rows * 8);
    expect(parsed.timestamps[BLOCK_ROWS]).toBe(BLOCK_ROWS * 1000);
    expect(parsed.columns.map((c) => c.values[rows - 1])).toEqual([rows - 1, -(rows - 1)]);
    expect(parsed.columns[0].values[BLOCK_ROWS - 1]).toBe(BLOCK_ROWS - 1);
    expect(parsed.labels![BLOCK_ROWS + 1]).toBe(1);
  });

  it('overwrites the values of a row that was never committed, and clears a row to NaN', () => {
    const table = new RowTable(['a', 'b'], false);
    table.set(0, 1);
    table.set(1, 2);
    table.clear();
    table.set(0, 3);
    table.commit(0);
    const parsed = table.toTable();
    expect(Array.from(parsed.columns[0].values)).toEqual([3]);
    expect(parsed.columns[1].values[0]).toBeNaN();
    expect(parsed.labels).toBeNull();
  });

  it('uses shorter blocks for wide tables, so a small file with many columns stays small', () => {
    expect(blockRows(15) * 15).toBeLessThanOrEqual(1 << 20);
    expect(blockRows(5000)).toBe(1024);
  });

  it('returns empty columns when no row was committed', () => {
    const parsed = new RowTable(['a'], false).toTable();
    expect(parsed.timestamps).toHaveLength(0);
    expect(parsed.columns[0].values).toHaveLength(0);
  });
});
