import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChunkSize {
  file: string;
  kb: number;
  gz_kb: number;
}

export interface BundleResults {
  bundle: {
    /** The entry script index.html loads: what every visit downloads first. */
    main_kb: number;
    main_gz_kb: number;
    /** The largest worker chunk (the training worker, which carries tfjs). */
    worker_kb: number;
    worker_gz_kb: number;
    /** Every script, worker and wasm file in the build, largest first. */
    chunks: ChunkSize[];
  };
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

/** Raw and gzip sizes of the production build in `dist` (gzip level 9, as a static host would serve it). */
export function bundleSizes(dist: string): BundleResults {
  const assets = join(dist, 'assets');
  const entry = /src="\/assets\/([^"]+\.js)"/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))?.[1];
  if (!entry) throw new Error(`no entry script in ${dist}/index.html; run vite build first`);
  const chunks = readdirSync(assets)
    .filter((file) => /\.(js|wasm)$/.test(file))
    .map((file): ChunkSize => {
      const bytes = readFileSync(join(assets, file));
      return { file, kb: kb(bytes.length), gz_kb: kb(gzipSync(bytes, { level: 9 }).length) };
    })
    .sort((a, b) => b.gz_kb - a.gz_kb);
  const main = chunks.find((c) => c.file === entry)!;
  const worker = chunks.find((c) => c.file.includes('.worker-'));
  return { bundle: { main_kb: main.kb, main_gz_kb: main.gz_kb, worker_kb: worker?.kb ?? 0, worker_gz_kb: worker?.gz_kb ?? 0, chunks } };
}

/** Table rows for the bundle. */
export function bundleRows({ bundle }: BundleResults): [string, string][] {
  const worker = bundle.chunks.find((c) => c.file.includes('.worker-'));
  return [
    ['bundle, main chunk', `${bundle.main_kb} KB, ${bundle.main_gz_kb} KB gzip`],
    ['bundle, largest worker', `${bundle.worker_kb} KB, ${bundle.worker_gz_kb} KB gzip (${worker?.file ?? 'none'})`],
  ];
}
