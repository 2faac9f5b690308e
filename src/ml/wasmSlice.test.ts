import { createRequire } from 'node:module';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useCpuBackend } from './testing';
import { installWasmSlicing } from './wasmSlice';

/** Runs `make` on a backend and returns every output's values. */
async function valuesOn(backend: string, make: () => tf.Tensor | tf.Tensor[]): Promise<number[][]> {
  await tf.setBackend(backend);
  const out = tf.tidy(make);
  const parts = Array.isArray(out) ? out : [out];
  const values = await Promise.all(parts.map(async (part) => Array.from(await part.data())));
  tf.dispose(parts);
  return values;
}

const matrix = () => tf.tensor2d(Array.from({ length: 24 }, (_, i) => i * 0.5 - 3), [6, 4]);

describe('installWasmSlicing', () => {
  beforeAll(async () => {
    await useCpuBackend();
    const dist = path.dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
    setWasmPaths(`${dist}${path.sep}`);
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    installWasmSlicing();
    installWasmSlicing(); // a second call changes nothing
    expect(await tf.setBackend('wasm')).toBe(true);
  });
  afterAll(async () => {
    await tf.setBackend('cpu');
  });

  const cases: [string, () => tf.Tensor | tf.Tensor[]][] = [
    ['a flat vector split into weights of different sizes', () => tf.split(tf.range(0, 20), [3, 8, 1, 8])],
    ['a matrix split along its rows', () => tf.split(matrix(), [2, 4], 0)],
    ['a matrix split along its columns (not contiguous: the original kernel)', () => tf.split(matrix(), 2, 1)],
    ['a contiguous slice of rows', () => tf.slice(matrix(), [1, 0], [3, 4])],
    ['a slice of columns (not contiguous)', () => tf.slice(matrix(), [0, 1], [6, 2])],
    ['an int32 slice', () => tf.slice(tf.tensor1d([5, 6, 7, 8], 'int32'), [1], [2])],
  ];
  for (const [name, make] of cases) {
    it(`gives the cpu backend's values for ${name}`, async () => {
      const expected = await valuesOn('cpu', make);
      expect(await valuesOn('wasm', make)).toEqual(expected);
    });
  }

  it('splits a flat vector without copying it out of the wasm heap', async () => {
    await tf.setBackend('wasm');
    const readSync = vi.spyOn(tf.backend(), 'readSync');
    const flat = tf.range(0, 100);
    tf.dispose(tf.split(flat, [10, 40, 50]));
    flat.dispose();
    expect(readSync).not.toHaveBeenCalled();
    readSync.mockRestore();
  });

  it('leaves the input intact and its parts independent of it', async () => {
    await tf.setBackend('wasm');
    const flat = tf.tensor1d([1, 2, 3, 4]);
    const [head, tail] = tf.split(flat, [1, 3]);
    flat.dispose();
    const reused = tf.tensor1d([9, 9, 9, 9]); // may take the freed memory
    expect(Array.from(await head.data())).toEqual([1]);
    expect(Array.from(await tail.data())).toEqual([2, 3, 4]);
    tf.dispose([head, tail, reused]);
  });
});
