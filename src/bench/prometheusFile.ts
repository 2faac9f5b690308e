import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { close, repeatedLogRows, write } from './serverLogRows';

/** The smallest Prometheus file the parse section imports, as the issue asks. */
export const PROMETHEUS_MIN_BYTES = 100e6;

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
  for await (const row of repeatedLogRows(logPath, 1)) {
    ({ keys, server } = row);
    break;
  }
  await write(out, '{"status":"success","data":{"resultType":"matrix","result":[');
  for (let k = 0; k < keys.length; k++) {
    const metric = JSON.stringify({ __name__: keys[k].replace(/\./g, '_'), instance: server, job: 'bench' });
    await write(out, `${k === 0 ? '' : ','}{"metric":${metric},"values":[`);
    let first = true;
    for await (const { ms, values } of repeatedLogRows(logPath, copies)) {
      await write(out, `${first ? '' : ','}[${ms / 1000},"${values[k]}"]`);
      first = false;
    }
    await write(out, ']}');
  }
  await write(out, ']}}');
  await close(out);
}

/** Writes the Prometheus file with as many copies of the log as it takes to pass {@link PROMETHEUS_MIN_BYTES}. */
export async function prometheusFileOfSize(logPath: string, jsonPath: string): Promise<void> {
  await serverLogToPrometheus(logPath, jsonPath, 1);
  const size = (await stat(jsonPath)).size;
  if (size < PROMETHEUS_MIN_BYTES) await serverLogToPrometheus(logPath, jsonPath, Math.ceil(PROMETHEUS_MIN_BYTES / size));
}
