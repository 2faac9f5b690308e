type Column = Float64Array | Float32Array | Uint8Array;

/** Bytes copied per task: a few milliseconds of memcpy even on a busy machine. */
const SLICE_BYTES = 1 << 20;

/** Resolves after the next macrotask, so the browser can paint and handle input between slices. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Fresh copies of `arrays` (null stays null), a slice per task so no copy of a large dataset blocks the page. */
export async function copyInSlices(arrays: readonly (Column | null)[]): Promise<(Column | null)[]> {
  const copies: (Column | null)[] = [];
  for (const array of arrays) {
    if (!array) {
      copies.push(null);
      continue;
    }
    const copy = new (array.constructor as new (length: number) => Column)(array.length);
    const step = Math.max(1, Math.floor(SLICE_BYTES / array.BYTES_PER_ELEMENT));
    for (let from = 0; from < array.length; from += step) {
      copy.set(array.subarray(from, from + step), from);
      await nextTask();
    }
    copies.push(copy);
  }
  return copies;
}
