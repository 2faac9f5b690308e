import { deflateSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BundleError } from './bundleError';
import { crc32 } from './crc32';
import { MAX_BUNDLE_BYTES, unzipBundle } from './unzipBundle';
import { rawZip, zipFile, type RawZipEntry } from './testZip';
import { MAX_ZIP_ENTRIES } from './zipDirectory';

function refusal(bytes: Uint8Array, budget?: number): BundleError {
  try {
    unzipBundle(bytes, budget);
  } catch (error) {
    expect(error).toBeInstanceOf(BundleError);
    return error as BundleError;
  }
  throw new Error('unzipBundle accepted a bad zip');
}

const weights = Float32Array.from({ length: 64 }, (_, i) => Math.cos(i));
const weightBytes = new Uint8Array(weights.buffer);

describe('unzipBundle', () => {
  it('unpacks stored and deflated files, leaving folders and macOS extras out', () => {
    const files = unzipBundle(zipSync({ 'a.json': strToU8('{"a":1}'), 'w.bin': [weightBytes, { level: 0 }], 'dir/': new Uint8Array(0), '__MACOSX/._a.json': new Uint8Array(3) }));
    expect([...files.keys()].sort()).toEqual(['a.json', 'w.bin']);
    expect(files.get('w.bin')).toEqual(weightBytes);
    expect(new TextDecoder().decode(files.get('a.json'))).toBe('{"a":1}');
  });

  it('refuses a zip whose files would unpack past the budget before unpacking any, naming the budget', () => {
    const bytes = zipSync({ 'a.bin': new Uint8Array(600), 'b.bin': new Uint8Array(600) });
    expect(refusal(bytes, 1000).message).toBe('This model bundle cannot be imported: its files would unpack to 1.2 KB, more than the 1.0 KB a model bundle may hold.');
    expect(unzipBundle(bytes, 1200).size).toBe(2);
    expect(refusal(new Uint8Array(1001), 1000).message).toMatch(/the file is 1.0 KB, more than the 1.0 KB/);
    expect(MAX_BUNDLE_BYTES).toBe(64_000_000);
  });

  it('refuses a zip bomb: many directory entries sharing one stream', () => {
    const stream = deflateSync(new Uint8Array(1_000_000));
    const record = { method: 8, crc: crc32(new Uint8Array(1_000_000)), compressedSize: stream.length, size: 1_000_000 };
    const bomb: RawZipEntry = { local: { name: 'bundle.json', ...record }, data: stream, central: Array.from({ length: 100 }, (_, i) => ({ name: `f${i}.json`, ...record })) };
    expect(refusal(rawZip([bomb])).reason).toMatch(/^its files would unpack to 100.0 MB, more than the 64.0 MB/);
    // Within the budget, the shared data is still refused: the entries overlap.
    expect(refusal(rawZip([{ ...bomb, central: bomb.central!.slice(0, 3) }])).reason).toMatch(/overlaps/);
  });

  it('stops inflating a file at the size the directory gives it', () => {
    const big = zipFile('model.json', new Uint8Array(10_000_000));
    const small: RawZipEntry = { ...big, local: { ...big.local, size: 1000 } };
    const error = refusal(rawZip([small]));
    expect(error.entry).toBe('model.json');
    expect(error.reason).toBe('unpacks to more than the 1.0 KB the zip’s directory gives it');
  });

  it('refuses a file that unpacks to less than it says (all-zero weights otherwise)', () => {
    const file = zipFile('weights.bin', weightBytes);
    const error = refusal(rawZip([{ ...file, local: { ...file.local, size: 512 } }]));
    expect(error.entry).toBe('weights.bin');
    expect(error.reason).toBe('unpacks to 256 bytes, but the zip’s directory gives it 512 bytes');
  });

  it('refuses flipped bytes by their CRC-32, naming the file', () => {
    const file = zipFile('weights.bin', weightBytes, true);
    const flipped = file.data.slice();
    flipped[100] ^= 0xff;
    const error = refusal(rawZip([zipFile('bundle.json', strToU8('{}')), { ...file, data: flipped }]));
    expect(error.entry).toBe('weights.bin');
    expect(error.message).toBe('This model bundle cannot be imported: weights.bin is damaged: its checksum (CRC-32) does not match the one in the zip’s directory.');
    const deflated = zipFile('weights.bin', weightBytes);
    const broken = deflated.data.slice();
    broken[5] ^= 0x55;
    expect(refusal(rawZip([{ ...deflated, data: broken }])).reason).toMatch(/^(is damaged|unpacks to)/);
  });

  it('refuses a local header that disagrees with the directory', () => {
    const file = zipFile('weights.bin', weightBytes);
    const lying = (local: Partial<RawZipEntry['local']>) => refusal(rawZip([{ ...file, local: { ...file.local, ...local }, central: [file.local] }]));
    expect(lying({ size: 4 }).reason).toBe('has a local header whose size disagrees with the zip’s directory');
    expect(lying({ compressedSize: 2 }).reason).toMatch(/compressed size disagrees/);
    expect(lying({ crc: 1 }).reason).toMatch(/checksum disagrees/);
    expect(lying({ method: 0 }).reason).toMatch(/compression method disagrees/);
    expect(lying({ name: 'other.bin' }).reason).toMatch(/file name disagrees/);
    // With a data descriptor the local header holds zeros, and the directory's values count.
    const described = { ...file.local, flags: 8 };
    expect(unzipBundle(rawZip([{ ...file, local: { ...described, crc: 0, size: 0, compressedSize: 0 }, central: [described] }])).get('weights.bin')).toEqual(weightBytes);
  });

  it('refuses what no bundle holds: other methods, encryption, too many files, the same name twice, a file cut short', () => {
    const file = zipFile('a.bin', weightBytes);
    expect(refusal(rawZip([{ ...file, local: { ...file.local, method: 12 } }])).reason).toMatch(/method 12/);
    expect(refusal(rawZip([{ ...file, local: { ...file.local, flags: 1 } }])).reason).toBe('is encrypted');
    const many = Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => zipFile(`f${i}`, new Uint8Array(1)));
    expect(refusal(rawZip(many)).reason).toMatch(/lists 257 files/);
    expect(refusal(rawZip([file, file])).reason).toBe('appears twice in the .zip file');
    const bytes = rawZip([file]);
    expect(refusal(bytes.subarray(0, 40)).entry).toBeNull();
  });
});
