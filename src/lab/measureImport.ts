// Prints the app's import MB/s in Node for the files `npm run bench` imports (server_logs.txt, CSV, Prometheus JSON):
// `npx tsx src/lab/measureImport.ts [own,csv,prometheus] [--runs=3] [--dir=/tmp/measure-import]`.
import { createWriteStream, existsSync, openAsBlob } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../core/config';
import { serverLogParts } from '../core/formats/serverLog';
import { generateDataset } from '../core/generator/generate';
import { importFile, previewFile, type NamedBlob } from '../core/ingest/importPipeline';
import { serverLogToCsv } from '../bench/parseSection';
import { prometheusFileOfSize } from '../bench/prometheusFile';
import { close, write } from '../bench/serverLogRows';

const flags = process.argv.slice(2).filter((arg) => arg.startsWith('--'));
const args = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const flag = (name: string, fallback: string) => flags.find((f) => f.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const runs = Number(flag('runs', '3'));
const dir = flag('dir', '/tmp/measure-import');
const kinds = (args[0] ?? 'own,csv,prometheus').split(',');

/** The bench's files, built once and kept in `dir`: the default dataset's log, its CSV (two copies) and Prometheus JSON. */
async function buildFiles(): Promise<Record<string, string>> {
  await mkdir(dir, { recursive: true });
  const files = { own: join(dir, 'server_logs.txt'), csv: join(dir, 'server_logs.csv'), prometheus: join(dir, 'query_range.json') };
  if (!existsSync(files.own)) {
    const out = createWriteStream(files.own);
    for (const part of serverLogParts(generateDataset(DEFAULT_CONFIG))) await write(out, part);
    await close(out);
  }
  if (!existsSync(files.csv)) await serverLogToCsv(files.own, files.csv, 2); // as bench.ts does
  if (!existsSync(files.prometheus)) await prometheusFileOfSize(files.own, files.prometheus);
  return files;
}

/** One import as the worker runs it: preview for the mapping, then importFile; seconds of importFile alone. */
async function importOnce(path: string): Promise<{ seconds: number; rows: number }> {
  const blob = Object.assign(await openAsBlob(path), { name: path.split('/').pop()! }) as NamedBlob;
  const { mapping } = await previewFile(blob);
  const started = performance.now();
  const { dataset } = await importFile(blob, mapping, null, { id: 'measure', createdAt: 0 });
  return { seconds: (performance.now() - started) / 1000, rows: dataset.timestamps.length };
}

const files = await buildFiles();
for (const kind of kinds) {
  const path = files[kind as keyof typeof files];
  const megabytes = (await stat(path)).size / 1e6;
  const times: number[] = [];
  let rows = 0;
  for (let run = 0; run < runs; run++) {
    const result = await importOnce(path);
    times.push(result.seconds);
    rows = result.rows;
  }
  const best = Math.min(...times);
  console.log(
    `${kind.padEnd(10)} ${Math.round(megabytes / best)} MB/s best of ${runs} (${megabytes.toFixed(0)} MB, ${rows.toLocaleString('en-US')} rows; ` +
      `runs ${times.map((t) => t.toFixed(2)).join(', ')} s)`,
  );
}
