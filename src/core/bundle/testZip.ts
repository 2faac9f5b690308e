/** A zip writer for tests that can lie: local headers that disagree with the directory, entries that share data. */
import { deflateSync } from 'fflate';
import { crc32 } from './crc32';

/** What a local header or a central directory record says about a file. */
export interface ZipRecord {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  flags?: number;
}

/** One local header and its data, and the directory records that point at it (default: one, equal to the local header). */
export interface RawZipEntry {
  local: ZipRecord;
  data: Uint8Array;
  central?: ZipRecord[];
}

/** An honest record and data for `content`, deflated unless `stored`. */
export function zipFile(name: string, content: Uint8Array, stored = false): RawZipEntry {
  const data = stored ? content : deflateSync(content);
  return { local: { name, method: stored ? 0 : 8, crc: crc32(content), compressedSize: data.length, size: content.length }, data };
}

/** The zip of these entries, written as they say (directory after the data, no comment). */
export function rawZip(entries: readonly RawZipEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  let records = 0;
  for (const entry of entries) {
    const local = header(30, encoder.encode(entry.local.name), (view) => {
      view.setUint32(0, 0x04034b50, true);
      view.setUint16(4, 20, true);
      fields(view, 6, entry.local);
    });
    for (const record of entry.central ?? [entry.local]) {
      records++;
      central.push(
        header(46, encoder.encode(record.name), (view) => {
          view.setUint32(0, 0x02014b50, true);
          view.setUint16(4, 20, true);
          view.setUint16(6, 20, true);
          fields(view, 8, record);
          view.setUint32(42, offset, true);
        }),
      );
    }
    parts.push(local, entry.data);
    offset += local.length + entry.data.length;
  }
  const directorySize = central.reduce((sum, part) => sum + part.length, 0);
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, records, true);
  view.setUint16(10, records, true);
  view.setUint32(12, directorySize, true);
  view.setUint32(16, offset, true);
  return concat([...parts, ...central, end]);
}

/** Flags, method, time, CRC, sizes and name length, laid out alike in both kinds of header from `at`. */
function fields(view: DataView, at: number, record: ZipRecord): void {
  view.setUint16(at, record.flags ?? 0, true);
  view.setUint16(at + 2, record.method, true);
  view.setUint32(at + 8, record.crc, true);
  view.setUint32(at + 12, record.compressedSize, true);
  view.setUint32(at + 16, record.size, true);
}

function header(length: number, name: Uint8Array, write: (view: DataView) => void): Uint8Array {
  const bytes = new Uint8Array(length + name.length);
  const view = new DataView(bytes.buffer);
  write(view);
  // The name length sits 4 bytes before the fixed part's end in a local header, 18 in a central one.
  view.setUint16(length === 30 ? 26 : 28, name.length, true);
  bytes.set(name, length);
  return bytes;
}

/** The bytes of several arrays, one after another. */
export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}
