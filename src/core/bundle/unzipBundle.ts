import { Inflate } from 'fflate';
import { formatBytes } from '../../shared/units';
import { BundleError } from './bundleError';
import { crc32 } from './crc32';
import { checkNoOverlap, entryDataStart, readZipDirectory, type ZipEntry } from './zipDirectory';

/** The most a model bundle may unpack to, all its files together (and the most its .zip may weigh). */
export const MAX_BUNDLE_BYTES = 64_000_000;

/** Compressed bytes inflated per step: deflate expands at most ~1032×, so one step yields at most ~17 MB. */
const INFLATE_STEP = 16 * 1024;

const tooLarge = (what: string, bytes: number, budget: number) =>
  new BundleError(null, `${what} ${formatBytes(bytes)}, more than the ${formatBytes(budget)} a model bundle may hold`);

/** Refuses a .zip of `bytes` before it is read: no bundle within the budget is larger. @throws BundleError */
export function checkZipSize(bytes: number, budget = MAX_BUNDLE_BYTES): void {
  if (bytes > budget) throw tooLarge('the file is', bytes, budget);
}

/**
 * Every file of a zip held in memory, by its name in the zip (folders and macOS `__MACOSX/` extras
 * left out), unpacked within `budget` bytes in all. The sizes the zip's directory gives are checked
 * against the budget before anything is unpacked; each file is then inflated step by step and
 * stopped as soon as it outgrows its stated size, so a zip bomb costs no more than the budget. Each
 * local header must agree with the directory and each file's CRC-32 with the one it states.
 * @throws BundleError naming the file at fault, or the whole zip (entry null) when it is too large or unreadable
 */
export function unzipBundle(bytes: Uint8Array, budget = MAX_BUNDLE_BYTES): Map<string, Uint8Array> {
  checkZipSize(bytes.length, budget);
  const directory = readZipDirectory(bytes);
  const wanted = directory.entries.filter(({ name }) => !name.startsWith('__MACOSX/') && !name.endsWith('/'));
  const stated = wanted.reduce((sum, entry) => sum + entry.size, 0);
  if (stated > budget) throw tooLarge('its files would unpack to', stated, budget);
  checkNoOverlap(directory);
  const files = new Map<string, Uint8Array>();
  for (const entry of wanted) {
    if (files.has(entry.name)) throw new BundleError(entry.name, 'appears twice in the .zip file');
    files.set(entry.name, unpack(bytes, entry));
  }
  if (files.size === 0) throw new BundleError(null, 'the .zip file is empty');
  return files;
}

function unpack(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const start = entryDataStart(bytes, entry);
  const data = bytes.subarray(start, start + entry.compressedSize);
  let content: Uint8Array;
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw new BundleError(entry.name, `is stored uncompressed in ${entry.compressedSize} bytes, but the zip’s directory gives it ${entry.size}`);
    content = data.slice();
  } else if (entry.method === 8) {
    content = inflate(data, entry);
  } else {
    throw new BundleError(entry.name, `is compressed with method ${entry.method}; a model bundle uses deflate or none`);
  }
  if (crc32(content) !== entry.crc) throw new BundleError(entry.name, 'is damaged: its checksum (CRC-32) does not match the one in the zip’s directory');
  return content;
}

function inflate(data: Uint8Array, entry: ZipEntry): Uint8Array {
  const content = new Uint8Array(entry.size);
  let written = 0;
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > content.length) throw new BundleError(entry.name, `unpacks to more than the ${formatBytes(entry.size)} the zip’s directory gives it`);
    content.set(chunk, written);
    written += chunk.length;
  });
  try {
    for (let at = 0; at < data.length; at += INFLATE_STEP) inflater.push(data.subarray(at, at + INFLATE_STEP), at + INFLATE_STEP >= data.length);
  } catch (error) {
    if (error instanceof BundleError) throw error;
    throw new BundleError(entry.name, 'is damaged: its compressed data cannot be read', { cause: error });
  }
  if (written !== entry.size) throw new BundleError(entry.name, `unpacks to ${formatBytes(written)}, but the zip’s directory gives it ${formatBytes(entry.size)}`);
  return content;
}
