import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

/** The smallest Prometheus file the parse section imports, as the issue asks. */
export const PROMETHEUS_MIN_BYTES = 100e6;

async function write(out: WriteStream, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/** The data lines of a `server_logs.txt`: time (epoch s), server and the `key=value` pairs. */
async function* logRows(logPath: string): AsyncGenerator<{ seconds: number; server: string; pairs: string[] }> {
  for await (const line of createInterface({ input: createReadStream(logPath), crlfDelay: Infinity })) {
    if (line.startsWith('#') || line === '') continue;
    const close = line.indexOf(']');
    const rest = line.slice(close + 2);
    if (rest.startsWith('[')) continue; // an event line, not metrics
    const seconds = Date.parse(`${line.slice(0, 10)}T${line.slice(11, 19)}Z`) / 1000;
    yield { seconds, server: line.slice(21, close), pairs: rest.split(' ') };
  }
}

/**
 * Rewrites a `server_logs.txt` as one Prometheus `/api/v1/query_range` response on a single line,
 * as `curl` saves it: one series per metric (`{__name__, instance, job}`) with `[unix_s, "value"]`
 * samples. Series are written one after another, so the log is read once per metric; `copies`
 * repeats the span after itself in time to reach a size.
 */
export async function serverLogToPrometheus(logPath: string, jsonPath: string, copies = 1): Promise<void> {
  const out = createWriteStream(jsonPath);
  let keys: string[] = [];
  let server = 'server-1';
  let span = 0;
  for await (const row of logRows(logPath)) {
    keys = row.pairs.map((pair) => pair.slice(0, pair.indexOf('=')));
    server = row.server;
    break;
  }
  await write(out, '{"status":"success","data":{"resultType":"matrix","result":[');
  for (let k = 0; k < keys.length; k++) {
    const metric = JSON.stringify({ __name__: keys[k].replace(/\./g, '_'), instance: server, job: 'bench' });
    await write(out, `${k === 0 ? '' : ','}{"metric":${metric},"values":[`);
    let first = true;
    for (let copy = 0; copy < copies; copy++) {
      let start = NaN;
      let last = NaN;
      let step = NaN;
      for await (const { seconds, pairs } of logRows(logPath)) {
        if (Number.isNaN(start)) start = seconds;
        else if (Number.isNaN(step)) step = seconds - start;
        last = seconds;
        const pair = pairs[k];
        await write(out, `${first ? '' : ','}[${seconds + copy * span},"${pair.slice(pair.indexOf('=') + 1)}"]`);
        first = false;
      }
      // The next copy starts one interval after this one ended.
      if (copy === 0) span = last - start + step;
    }
    await write(out, ']}');
  }
  await write(out, ']}}');
  out.end();
  await once(out, 'finish');
}

/** Writes the Prometheus file with as many copies of the log as it takes to pass {@link PROMETHEUS_MIN_BYTES}. */
export async function prometheusFileOfSize(logPath: string, jsonPath: string): Promise<void> {
  await serverLogToPrometheus(logPath, jsonPath, 1);
  const size = (await stat(jsonPath)).size;
  if (size < PROMETHEUS_MIN_BYTES) await serverLogToPrometheus(logPath, jsonPath, Math.ceil(PROMETHEUS_MIN_BYTES / size));
}
