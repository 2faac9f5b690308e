/** The buffers under `arrays` (absent ones skipped), each once: postMessage throws on a buffer listed twice. For Comlink.transfer. */
export function buffersOf(arrays: readonly (ArrayBufferView | null | undefined)[]): ArrayBuffer[] {
  return [...new Set(arrays.flatMap((array) => (array ? [array.buffer as ArrayBuffer] : [])))];
}
