import type { Matrix } from '../../shared/model';

/**
 * A headerless table of comma-separated numbers (the SMD and ASD `train/` and `test/` files) as
 * a row-major matrix; blank lines are skipped and cells that are not numbers become NaN.
 * @throws RangeError when rows differ in their number of cells.
 */
export function parseNumberRows(text: string): Matrix {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const cols = lines.length > 0 ? lines[0].split(',').length : 0;
  const values = new Float32Array(lines.length * cols);
  lines.forEach((line, r) => {
    const cells = line.split(',');
    if (cells.length !== cols) throw new RangeError(`Line ${r + 1} has ${cells.length} values, not ${cols}.`);
    for (let c = 0; c < cols; c++) values[r * cols + c] = cells[c].trim() === '' ? Number.NaN : Number(cells[c]);
  });
  return { values, rows: lines.length, cols };
}

/** One 0/1 label per non-blank line (the `test_label/` files); anything but 0 marks an anomaly. */
export function parseLabelLines(text: string): Uint8Array {
  return Uint8Array.from(
    text.split(/\r?\n/).filter((line) => line.trim() !== ''),
    (line) => (Number(line) === 0 ? 0 : 1),
  );
}
