import { createReadStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

/** One metrics line of a `server_logs.txt`: its time (epoch ms), server and `key=value` pairs split apart. */
export interface LogRow {
  ms: number;
  server: string;
  keys: string[];
  values: string[];
}

/** The metrics lines of a `server_logs.txt`, comments and event lines left out. */
async function* logRows(logPath: string): AsyncGenerator<LogRow> {
  for await (const line of createInterface({ input: createReadStream(logPath), crlfDelay: Infinity })) {
    if (line.startsWith('#') || line === '') continue;
    const close = line.indexOf(']');
    const rest = line.slice(close + 2);
    if (rest.startsWith('[')) continue; // an event line, not metrics
    const pairs = rest.split(' ');
    yield {
      ms: Date.parse(`${line.slice(0, 10)}T${line.slice(11, 19)}Z`),
      server: line.slice(21, close),
      keys: pairs.map((pair) => pair.slice(0, pair.indexOf('='))),
      values: pairs.map((pair) => pair.slice(pair.indexOf('=') + 1)),
    };
  }
}

/** The log's rows `copies` times over, each copy starting one interval after the previous one ended, to reach a size. */
export async function* repeatedLogRows(logPath: string, copies: number): AsyncGenerator<LogRow> {
  let span = 0;
  for (let copy = 0; copy < copies; copy++) {
    let first = NaN;
    let interval = NaN;
    let last = NaN;
    for await (const row of logRows(logPath)) {
      if (Number.isNaN(first)) first = row.ms;
      else if (Number.isNaN(interval)) interval = row.ms - first;
      last = row.ms;
      yield { ...row, ms: row.ms + copy * span };
    }
    if (copy === 0) span = last - first + interval;
  }
}

/** Writes, waiting for the stream to drain when its buffer is full. */
export async function write(out: WriteStream, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/** Ends the stream and waits until its file is written. */
export async function close(out: WriteStream): Promise<void> {
  out.end();
  await once(out, 'finish');
}
