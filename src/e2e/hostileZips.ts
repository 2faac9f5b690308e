/** Model bundles built to hurt: a zip bomb, padding, flipped bytes, a lying header, an oversized model. */
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { rawZip, zipFile, type RawZipEntry, type ZipRecord } from '../core/bundle/testZip';
import { testBundle } from '../core/bundle/testBundle';
import { writeModelBundle } from '../core/bundle/writeModelBundle';

const MIB = 1 << 20;

/** An upload for setInputFiles. */
export interface ZipUpload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

const upload = (name: string, bytes: Uint8Array): ZipUpload => ({ name, mimeType: 'application/zip', buffer: Buffer.from(bytes) });

/** The test bundle's files by name: a valid 3 → 2 → 3 autoencoder. */
function goodFiles(): Record<string, Uint8Array> {
  return unzipSync(writeModelBundle(testBundle()));
}

/** A valid bundle, for something to lose. */
export function goodBundle(name = 'good.zip'): ZipUpload {
  return upload(name, writeModelBundle(testBundle()));
}

/**
 * A deflate stream of `mib` MiB of zeros without compressing them: one MiB's byte-aligned,
 * non-final blocks repeated, then an empty final block. About 1 KB per MiB.
 */
function zeroStream(mib: number): { data: Uint8Array; crc: number; size: number } {
  const zeros = Buffer.alloc(MIB);
  const segment = deflateRawSync(zeros, { finishFlush: constants.Z_SYNC_FLUSH });
  let crc = 0;
  for (let i = 0; i < mib; i++) crc = crc32(zeros, crc);
  return { data: Buffer.concat([...Array.from({ length: mib }, () => segment), Buffer.from([3, 0])]), crc, size: mib * MIB };
}

/** About 250 KB whose 25 directory entries all point at one 250 MiB stream of zeros: 6.5 GB unpacked. */
export function zipBomb(): ZipUpload {
  const stream = zeroStream(250);
  const record = (name: string): ZipRecord => ({ name, method: 8, crc: stream.crc, compressedSize: stream.data.length, size: stream.size });
  const names = ['bundle.json', ...Object.keys(goodFiles()).filter((name) => name !== 'bundle.json'), ...Array.from({ length: 16 }, (_, i) => `part-${i}.bin`)];
  return upload('bomb.zip', rawZip([{ local: record('bundle.json'), data: stream.data, central: names.map(record) }]));
}

/** The real files plus one more of 2 GiB of zeros (about 2 MB zipped). */
export function paddedBundle(): ZipUpload {
  const stream = zeroStream(2048);
  const padding: RawZipEntry = { local: { name: 'padding.bin', method: 8, crc: stream.crc, compressedSize: stream.data.length, size: stream.size }, data: stream.data };
  return upload('padded.zip', rawZip([...Object.entries(goodFiles()).map(([name, content]) => zipFile(name, content)), padding]));
}

/** The real files plus one whose header and directory both say 1 MiB while its data inflates to 250 MiB. */
export function understatedBomb(): ZipUpload {
  const stream = zeroStream(250);
  const record: ZipRecord = { name: 'notes.bin', method: 8, crc: stream.crc, compressedSize: stream.data.length, size: MIB };
  return upload('understated.zip', rawZip([...Object.entries(goodFiles()).map(([name, content]) => zipFile(name, content)), { local: record, data: stream.data }]));
}

/** The real files, weights.bin stored as is with one byte flipped after its checksum was taken. */
export function flippedWeights(): ZipUpload {
  const entries = Object.entries(goodFiles()).map(([name, content]) => {
    if (name !== 'weights.bin') return zipFile(name, content);
    const stored = zipFile(name, content, true);
    const data = stored.data.slice();
    data[9] ^= 0x40;
    return { ...stored, data };
  });
  return upload('flipped.zip', rawZip(entries));
}

/** The real files, weights.bin's local header giving sizes of nothing while the directory gives the real ones. */
export function lyingHeader(): ZipUpload {
  const entries = Object.entries(goodFiles()).map(([name, content]) => {
    const entry = zipFile(name, content);
    return name === 'weights.bin' ? { ...entry, local: { ...entry.local, compressedSize: 0, size: 0 }, central: [entry.local] } : entry;
  });
  return upload('lying.zip', rawZip(entries));
}

/** A consistent bundle whose hidden Dense layer has 100,000 units (2.8 MB of weights). */
export function hugeLayers(): ZipUpload {
  const files = goodFiles();
  const units = 100_000;
  const model = JSON.parse(strFromU8(files['model.json'])) as {
    modelTopology: { config: { layers: { config: { units: number } }[] } };
    weightsManifest: { weights: { shape: number[] }[] }[];
  };
  model.modelTopology.config.layers[0].config.units = units;
  const [kernel1, bias1, kernel2] = model.weightsManifest[0].weights;
  kernel1.shape = [3, units];
  bias1.shape = [units];
  kernel2.shape = [units, 3];
  files['model.json'] = strToU8(JSON.stringify(model));
  files['weights.bin'] = new Uint8Array(4 * (3 * units + units + units * 3 + 3));
  return upload('wide.zip', rawZip(Object.entries(files).map(([name, content]) => zipFile(name, content))));
}
