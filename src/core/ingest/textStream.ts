import { ImportError, abortError } from '../../shared/errors';

/** Decoded text is handed on in pieces of about this many bytes: big enough for throughput, small enough for memory. */
export const TEXT_CHUNK_BYTES = 1 << 20;

/** Bytes inspected for NUL bytes when deciding whether a file is binary. */
const BINARY_PROBE_BYTES = 1024;

interface Signature {
  bytes: readonly number[];
  /** Where the signature starts in the file. */
  offset?: number;
  kind: string;
  /** Letters a text file could start with: trusted only when NUL bytes follow. */
  weak?: boolean;
}

// File types people drop by mistake, by their magic bytes.
const BINARY_SIGNATURES: readonly Signature[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'PNG image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'GIF image' },
  { bytes: [0x52, 0x49, 0x46, 0x46], kind: 'RIFF media file', weak: true },
  { bytes: [0x42, 0x4d], kind: 'BMP image', weak: true },
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'ZIP archive' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], kind: 'ZIP archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], kind: '7-Zip archive' },
  { bytes: [0x31, 0x41, 0x59, 0x26, 0x53, 0x59], offset: 4, kind: 'bzip2 archive' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a], kind: 'xz archive' },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], kind: 'Zstandard archive' },
  { bytes: [0x75, 0x73, 0x74, 0x61, 0x72], offset: 257, kind: 'tar archive' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], kind: 'SQLite database' },
  { bytes: [0x50, 0x41, 0x52, 0x31], kind: 'Parquet file', weak: true },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], kind: 'executable' },
  { bytes: [0x4d, 0x5a], kind: 'executable', weak: true },
];

const GZIP_MAGIC = [0x1f, 0x8b] as const;

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, i) => bytes[offset + i] === byte);
}

function isUtf16(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  // Without a BOM, ASCII text in UTF-16 has a NUL in every other byte.
  const probe = Math.min(bytes.length, 64) & ~1;
  if (probe < 8) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < probe; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  return Math.max(even, odd) >= (probe / 2) * 0.9 && Math.min(even, odd) === 0;
}

/**
 * Looks at the first bytes of a file (or of its decompressed content): gzip magic means compressed;
 * images, documents, archives and other binary content (NUL bytes in the first KB) throw ImportError.
 */
export function checkHeadBytes(bytes: Uint8Array, fileName: string): { compressed: boolean } {
  if (startsWith(bytes, GZIP_MAGIC)) return { compressed: true };
  const hasNul = bytes.subarray(0, BINARY_PROBE_BYTES).includes(0);
  for (const { bytes: signature, offset, kind, weak } of BINARY_SIGNATURES) {
    if (weak && !hasNul) continue;
    if (startsWith(bytes, signature, offset)) {
      throw new ImportError(fileName, null, `looks like a binary file (${kind}), not a text log`);
    }
  }
  if (isUtf16(bytes)) {
    throw new ImportError(fileName, null, 'is UTF-16 text, not UTF-8; save it as UTF-8 and try again');
  }
  if (hasNul) throw new ImportError(fileName, null, 'looks like a binary file, not a text log');
  // The bytes decide, not the name: a plain-text file named `.gz` is still read as text.
  return { compressed: false };
}

export interface ReadTextOptions {
  fileName: string;
  /** gzip-compressed: decompressed on the fly with DecompressionStream. */
  compressed: boolean;
  signal?: AbortSignal;
  /** Bytes read from the original (compressed) stream so far. */
  onBytes?: (bytesRead: number) => void;
  /** Target size of each decoded piece, in bytes of UTF-8 (default 1 MB). */
  chunkBytes?: number;
  /** Where in the file the stream starts (a part read from the middle): the head checks are skipped, byte positions count from 0. */
  fromByte?: number;
}

function counting(onBytes: ((bytesRead: number) => void) | undefined): TransformStream<Uint8Array, Uint8Array> {
  let total = 0;
  return new TransformStream({
    transform(chunk, controller) {
      total += chunk.byteLength;
      onBytes?.(total);
      controller.enqueue(chunk);
    },
  });
}

/** Index of the first byte that cannot start or continue a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      // A sequence cut off by the end of the buffer is not (yet) an error.
      if (i + k >= bytes.length) return -1;
      if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return -1;
}

function notUtf8(fileName: string, bytePosition: number): ImportError {
  const where = bytePosition.toLocaleString('en-US');
  return new ImportError(fileName, null, `is not UTF-8 text (invalid byte near byte ${where}); save it as UTF-8 and try again`);
}

function gzipError(fileName: string, error: unknown): ImportError {
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return new ImportError(fileName, null, `is not a valid gzip file or is cut short${detail}`, { cause: error });
}

/**
 * Raw (decompressed when asked) bytes regrouped into pieces of about `size` bytes, all in one buffer:
 * the consumer is done with a piece when it asks for the next (a fresh 1 MB array per piece kept the GC busy).
 */
async function* byteChunks(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  size: number,
  onReadError: (error: unknown) => unknown,
  signal: AbortSignal | undefined,
  onBytes: ((bytesRead: number) => void) | undefined,
): AsyncGenerator<Uint8Array> {
  const buffer = new Uint8Array(size);
  let filled = 0;
  let total = 0;
  for (;;) {
    if (signal?.aborted) throw abortError();
    let result: ReadableStreamReadResult<Uint8Array>;
    try {
      result = await reader.read();
    } catch (error) {
      throw onReadError(error);
    }
    if (result.done) break;
    let chunk = result.value;
    total += chunk.byteLength;
    onBytes?.(total);
    while (chunk.byteLength > 0) {
      const take = Math.min(chunk.byteLength, size - filled);
      buffer.set(chunk.subarray(0, take), filled);
      filled += take;
      chunk = chunk.subarray(take);
      if (filled === size) {
        yield buffer;
        filled = 0;
      }
    }
  }
  if (filled > 0) yield buffer.subarray(0, filled);
}

/**
 * Decodes a byte stream as UTF-8 text in pieces of about 1 MB: gunzips when `compressed`, strips a
 * BOM, rejects binary content and invalid UTF-8 with an ImportError naming the file and the byte,
 * and reports progress in bytes of the original stream. Stops with an AbortError when `signal` fires.
 */
export async function* readTextChunks(stream: ReadableStream<Uint8Array>, options: ReadTextOptions): AsyncGenerator<string> {
  const { fileName, compressed, signal, chunkBytes = TEXT_CHUNK_BYTES, fromByte = 0 } = options;
  const onBytes = options.onBytes && fromByte > 0 ? (bytes: number) => options.onBytes!(fromByte + bytes) : options.onBytes;
  // Compressed bytes are counted before they are inflated; plain ones as they are read, without a stream hop per chunk.
  const source = compressed
    ? stream.pipeThrough(counting(onBytes)).pipeThrough(new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>)
    : stream;
  const reader = source.getReader();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let readFailed = false;
  const onReadError = (error: unknown) => {
    readFailed = true;
    return compressed ? gzipError(fileName, error) : error;
  };
  let offset = fromByte;
  let first = fromByte === 0;
  let finished = false;
  try {
    for await (const bytes of byteChunks(reader, chunkBytes, onReadError, signal, compressed ? undefined : onBytes)) {
      if (first) {
        first = false;
        if (checkHeadBytes(bytes, fileName).compressed) {
          throw new ImportError(fileName, null, compressed ? 'is compressed twice; decompress it once and try again' : 'is gzip-compressed but was read as text');
        }
      }
      let text: string;
      try {
        text = decoder.decode(bytes, { stream: true });
      } catch (error) {
        const at = firstInvalidUtf8(bytes);
        throw Object.assign(notUtf8(fileName, offset + Math.max(0, at) + 1), { cause: error });
      }
      offset += bytes.byteLength;
      if (text.length > 0) yield text;
    }
    let tail: string;
    try {
      tail = decoder.decode();
    } catch (error) {
      throw Object.assign(notUtf8(fileName, offset), { cause: error });
    }
    if (tail.length > 0) yield tail;
    finished = true;
  } finally {
    // A consumer that stops early (a preview, an error, a cancel) must not leave the file being read.
    if (!finished && !readFailed) await reader.cancel().catch((error: unknown) => console.warn('Could not stop reading', error));
    reader.releaseLock();
  }
}

/** The first `maxBytes` of a stream's text (decompressed when asked), for sniffing. */
export async function readTextHead(stream: ReadableStream<Uint8Array>, options: ReadTextOptions & { maxBytes: number }): Promise<string> {
  for await (const text of readTextChunks(stream, { ...options, chunkBytes: options.maxBytes })) return text;
  return '';
}

/** A whole (small) text file, decompressed when it is gzip, e.g. a label file. */
export async function readWholeText(blob: Blob, fileName: string, signal?: AbortSignal): Promise<string> {
  const head = new Uint8Array(await blob.slice(0, BINARY_PROBE_BYTES).arrayBuffer());
  const { compressed } = checkHeadBytes(head, fileName);
  const parts: string[] = [];
  for await (const text of readTextChunks(blob.stream(), { fileName, compressed, signal })) parts.push(text);
  return parts.join('');
}
