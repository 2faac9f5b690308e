import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';
// With extensions, as Vite's native config loader requires.
import type { PrecacheEntry } from './precache.ts';
import { SERVICE_WORKER_FILE } from './registerServiceWorker.ts';

const ENTRY = fileURLToPath(new URL('./serviceWorker.ts', import.meta.url));

/** Source maps (about 50 MB) are read only by developer tools, which may fetch them from the network. */
function precached(path: string): boolean {
  return path !== SERVICE_WORKER_FILE && !path.endsWith('.map') && !path.split('/').some((part) => part.startsWith('.'));
}

/** Every file under `outDir` the service worker keeps, sorted, with its SRI hash; paths use `/`. */
export async function precacheEntries(outDir: string): Promise<PrecacheEntry[]> {
  const files = await readdir(outDir, { recursive: true, withFileTypes: true });
  const paths = files
    .filter((file) => file.isFile())
    .map((file) => relative(outDir, join(file.parentPath, file.name)).split(sep).join('/'))
    .filter(precached)
    .sort();
  return Promise.all(
    paths.map(async (path) => ({ path, integrity: `sha256-${createHash('sha256').update(await readFile(join(outDir, path))).digest('base64')}` })),
  );
}

/** A short name for one build's files: any change to a file, or to the list, gives another. */
export function precacheVersion(entries: readonly PrecacheEntry[]): string {
  const hash = createHash('sha256');
  for (const { path, integrity } of entries) hash.update(`${path}\n${integrity}\n`);
  return hash.digest('hex').slice(0, 16);
}

/**
 * Writes service-worker.js into a finished build in `outDir`: the worker from ./serviceWorker.ts,
 * bundled on its own into one classic script, with the list of the build's files and their version.
 */
export async function writeServiceWorker(outDir: string, minify = true): Promise<void> {
  const entries = await precacheEntries(outDir);
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    define: { __PRECACHE__: JSON.stringify(entries), __PRECACHE_VERSION__: JSON.stringify(precacheVersion(entries)) },
    build: {
      write: false,
      copyPublicDir: false,
      minify,
      target: 'es2022',
      rolldownOptions: { input: ENTRY, output: { format: 'iife' } },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const chunk = outputs.flatMap((output) => ('output' in output ? output.output : [])).find((item) => item.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('the service worker build produced no script');
  await writeFile(join(outDir, SERVICE_WORKER_FILE), chunk.code);
}

/** Adds the offline service worker to the production build, once every other file is written. */
export function offlineServiceWorker(): Plugin {
  let outDir = '';
  let minify = true;
  return {
    name: 'offline-service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      minify = config.build.minify !== false;
    },
    writeBundle: () => writeServiceWorker(outDir, minify),
  };
}
