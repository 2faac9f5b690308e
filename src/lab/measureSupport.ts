// Pieces the measurement scripts (measureDefaults, measureThresholds) share: tfjs on wasm in Node, scoring in slices, tables.
import { createRequire } from 'node:module';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import type { Matrix } from '../shared/model';
import { reconstructionErrors } from '../ml/score';
import { installWasmSlicing } from '../ml/wasmSlice';

/** Column headings for ANOMALY_TYPES, in the same order. */
export const SHORT_TYPES = ['Spike', 'Restart', 'ProcFail', 'Leak', 'DiskFill', 'OffHrs', 'Flat', 'Cascade'];

/** Starts the wasm backend in Node from the installed package's binaries, single-threaded as in the app. */
export async function startWasmInNode(): Promise<void> {
  // Not IS_TEST: it turns on per-kernel leak checks, which wasm's fused kernels trip on purpose.
  const wasmDist = path.dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
  setWasmPaths(`${wasmDist}${path.sep}`);
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false); // as in the app (ml/backends.ts)
  installWasmSlicing();
  if (!(await tf.setBackend('wasm'))) throw new Error('The wasm backend did not start.');
  await tf.ready();
}

/** Scores a matrix in slices, so the per-feature errors of a wide window never sit in memory at once. */
export async function rowErrors(model: tf.LayersModel, data: Matrix): Promise<Float32Array> {
  const out = new Float32Array(data.rows);
  const slice = 16_384;
  for (let start = 0; start < data.rows; start += slice) {
    const rows = Math.min(slice, data.rows - start);
    const part = { values: data.values.subarray(start * data.cols, (start + rows) * data.cols), rows, cols: data.cols };
    out.set((await reconstructionErrors(model, part, 4096)).rowErrors, start);
  }
  return out;
}

/** Mean of the defined values: a seed whose dataset holds no event of a type has nothing to add. */
export function mean(xs: number[]): number {
  const defined = xs.filter((x) => !Number.isNaN(x));
  return defined.reduce((a, b) => a + b, 0) / defined.length;
}

export const fixed = (x: number, digits = 3) => (Number.isNaN(x) ? '–' : x.toFixed(digits));

/** Mean and, for two or more seeds, the range over seeds: the spread is the noise to judge differences by. */
export function withSeeds(xs: number[], digits = 3): string {
  if (xs.length < 2) return fixed(xs[0], digits);
  const short = Math.min(digits, 2);
  return `${fixed(mean(xs), digits)} (${fixed(Math.min(...xs), short)}–${fixed(Math.max(...xs), short)})`;
}

/** Prints rows of cells as columns padded to their widest cell. */
export function printTable(title: string, header: string[], rows: string[][]): void {
  const widths = header.map((_, c) => Math.max(...[header, ...rows].map((cells) => cells[c].length)));
  console.log(`\n${title}`);
  for (const cells of [header, ...rows]) console.log(cells.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd());
}
