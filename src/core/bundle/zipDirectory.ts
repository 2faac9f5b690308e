import { BundleError } from './bundleError';

/** One file as the zip's central directory describes it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; the only two a model bundle may use. */
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Where the entry's local header starts. */
  localOffset: number;
}

const END_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const END_LENGTH = 22;
const CENTRAL_LENGTH = 46;
const LOCAL_LENGTH = 30;
/** ZIP64 marks a count or size as "see the extra field" with all bits set. */
const ZIP64_16 = 0xffff;
const ZIP64_32 = 0xffffffff;
const FLAG_ENCRYPTED = 1;
/** Bit 3: the sizes and CRC follow the data, and the local header holds zeros. */
const FLAG_DATA_DESCRIPTOR = 8;
const FLAG_UTF8 = 0x800;
/** The central directory: its entries and where it starts (entries' data lies before it). */
export interface ZipDirectory {
  entries: ZipEntry[];
  offset: number;
}

/** A bundle holds about ten files; a directory of thousands is not one of ours. */
export const MAX_ZIP_ENTRIES = 256;

const NOT_A_ZIP = 'the file is not a readable .zip file (it may be damaged or of another kind)';

/**
 * The central directory of a zip held in memory: every entry's name, method, CRC and sizes. Nothing
 * is unpacked. ZIP64, multi-disk and encrypted zips are refused: no model bundle needs them.
 * @throws BundleError when the directory is missing, damaged or lists more than MAX_ZIP_ENTRIES entries
 */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  if (end < 0) throw new BundleError(null, NOT_A_ZIP);
  const count = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === ZIP64_16 || directoryOffset === ZIP64_32) throw new BundleError(null, 'the .zip file uses ZIP64, which no model bundle needs');
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 8, true) !== count) throw new BundleError(null, 'the .zip file spans several disks');
  if (count > MAX_ZIP_ENTRIES) throw new BundleError(null, `the .zip file lists ${count} files; a model bundle holds about ten`);
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_LENGTH > end || view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw new BundleError(null, NOT_A_ZIP);
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (at + CENTRAL_LENGTH + skip > end) throw new BundleError(null, NOT_A_ZIP);
    const entry: ZipEntry = {
      name: decodeName(bytes.subarray(at + CENTRAL_LENGTH, at + CENTRAL_LENGTH + nameLength), flags),
      method: view.getUint16(at + 10, true),
      flags,
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    };
    if (entry.compressedSize === ZIP64_32 || entry.size === ZIP64_32 || entry.localOffset === ZIP64_32) {
      throw new BundleError(entry.name, 'is stored as ZIP64, which no model bundle needs');
    }
    entries.push(entry);
    at += CENTRAL_LENGTH + skip;
  }
  return { entries, offset: directoryOffset };
}

/**
 * Where `entry`'s data starts, once its local header agrees with the central directory (name,
 * method and, unless a data descriptor follows the data, CRC and sizes).
 * @throws BundleError naming the entry whose local header lies or that cannot be read
 */
export function entryDataStart(bytes: Uint8Array, entry: ZipEntry): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + LOCAL_LENGTH > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) throw new BundleError(entry.name, 'has no local header where the zip’s directory says');
  const flags = view.getUint16(at + 6, true);
  const nameLength = view.getUint16(at + 26, true);
  const start = at + LOCAL_LENGTH + nameLength + view.getUint16(at + 28, true);
  const lies = (what: string) => new BundleError(entry.name, `has a local header whose ${what} disagrees with the zip’s directory`);
  if (decodeName(bytes.subarray(at + LOCAL_LENGTH, at + LOCAL_LENGTH + nameLength), flags) !== entry.name) throw lies('file name');
  if ((flags & FLAG_ENCRYPTED) !== 0 || (entry.flags & FLAG_ENCRYPTED) !== 0) throw new BundleError(entry.name, 'is encrypted');
  if (view.getUint16(at + 8, true) !== entry.method) throw lies('compression method');
  if ((flags & FLAG_DATA_DESCRIPTOR) !== (entry.flags & FLAG_DATA_DESCRIPTOR)) throw lies('layout');
  if ((flags & FLAG_DATA_DESCRIPTOR) === 0) {
    if (view.getUint32(at + 14, true) !== entry.crc) throw lies('checksum');
    if (view.getUint32(at + 18, true) !== entry.compressedSize) throw lies('compressed size');
    if (view.getUint32(at + 22, true) !== entry.size) throw lies('size');
  }
  if (start + entry.compressedSize > bytes.length) throw new BundleError(entry.name, 'is cut short: the .zip file ends inside it');
  return start;
}

/** The end-of-directory record's offset, or -1: it sits in the last 22 bytes plus a comment of up to 64 KB. */
function findEnd(view: DataView): number {
  const last = view.byteLength - END_LENGTH;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === END_SIGNATURE && at + END_LENGTH + view.getUint16(at + 20, true) === view.byteLength) return at;
  }
  return -1;
}

/**
 * Refuses entries whose data overlap: how a small zip unpacks many times its size, and what no zip tool writes.
 * @throws BundleError naming the first entry that overlaps the next
 */
export function checkNoOverlap({ entries, offset: directoryOffset }: ZipDirectory): void {
  const sorted = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  sorted.forEach((entry, i) => {
    const next = i + 1 < sorted.length ? sorted[i + 1].localOffset : directoryOffset;
    // A local header is at least 30 bytes plus the name; the data follows it.
    if (entry.localOffset + LOCAL_LENGTH + entry.compressedSize > next) {
      throw new BundleError(entry.name, `overlaps ${i + 1 < sorted.length ? sorted[i + 1].name : 'the zip’s directory'}: the .zip file is built to unpack to more than it holds`);
    }
  });
}

const UTF8 = new TextDecoder('utf-8');

// Without the UTF-8 flag a name is CP437; bundle names are ASCII, so Latin-1 reads them the same.
function decodeName(bytes: Uint8Array, flags: number): string {
  return (flags & FLAG_UTF8) !== 0 ? UTF8.decode(bytes) : String.fromCharCode(...bytes);
}
