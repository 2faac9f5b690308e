import * as tf from '@tensorflow/tfjs';

/** The part of the wasm backend these kernels use: views of tensors' bytes in the wasm heap. */
interface WasmHeapBackend {
  typedArrayFromHeap(info: tf.TensorInfo): tf.TypedArray;
  makeOutput(shape: number[], dtype: tf.DataType): tf.TensorInfo;
}

/** `x`'s values from flat offset `offset` into a new tensor of `shape`, copied between two views of the heap. */
function copyRange(backend: WasmHeapBackend, x: tf.TensorInfo, offset: number, shape: number[]): tf.TensorInfo {
  const out = backend.makeOutput(shape, x.dtype);
  const length = tf.util.sizeFromShape(shape);
  backend.typedArrayFromHeap(out).set(backend.typedArrayFromHeap(x).subarray(offset, offset + length));
  return out;
}

/** Registers `kernelFunc` for `name` on wasm, handing it the kernel it replaces. */
function replaceKernel(name: string, kernelFunc: (args: Parameters<tf.KernelFunc>[0], original: tf.KernelFunc) => ReturnType<tf.KernelFunc>): void {
  const original = tf.getKernel(name, 'wasm');
  if (!original) return; // the wasm backend is not in this build
  tf.unregisterKernel(name, 'wasm');
  tf.registerKernel({ kernelName: name, backendName: 'wasm', kernelFunc: (args) => kernelFunc(args, original.kernelFunc) });
}

let installed = false;

/**
 * Replaces the wasm backend's Slice and SplitV kernels, for contiguous numeric parts (a flat weight vector split into
 * a layer's weights at every training step), with one copy between views of the wasm heap. tfjs 4.22's kernels first
 * copy the whole input out of the heap into a new buffer for each part (readSync), which in Chromium cost a quarter of
 * a training step in allocation and garbage collection. Any other slice or split goes to the original kernel. Idempotent.
 */
export function installWasmSlicing(): void {
  if (installed) return;
  installed = true;
  replaceKernel('Slice', (args, original) => {
    const x = args.inputs.x as tf.TensorInfo;
    const { begin, size } = args.attrs as unknown as { begin: number | number[]; size?: number | number[] };
    const [begin_, size_] = tf.slice_util.parseSliceParams(x as tf.Tensor, begin, size);
    if (x.dtype === 'string' || !tf.slice_util.isSliceContinous(x.shape, begin_, size_)) return original(args);
    const offset = tf.slice_util.computeFlatOffset(begin_, tf.util.computeStrides(x.shape));
    return copyRange(args.backend as unknown as WasmHeapBackend, x, offset, size_);
  });
  replaceKernel('SplitV', (args, original) => {
    const x = args.inputs.x as tf.TensorInfo;
    const { numOrSizeSplits, axis } = args.attrs as unknown as { numOrSizeSplits: number | number[]; axis: number };
    // Only parts along the first axis are contiguous.
    if (x.dtype === 'string' || tf.util.parseAxisParam(axis, x.shape)[0] !== 0) return original(args);
    const sizes = tf.backend_util.prepareSplitSize(x as tf.Tensor, numOrSizeSplits, 0);
    const inner = tf.util.sizeFromShape(x.shape.slice(1));
    let offset = 0;
    return sizes.map((rows) => {
      const part = copyRange(args.backend as unknown as WasmHeapBackend, x, offset, [rows, ...x.shape.slice(1)]);
      offset += rows * inner;
      return part;
    });
  });
}
