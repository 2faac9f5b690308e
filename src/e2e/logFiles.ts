/** Strict readers for the downloaded log files, after the formats the README documents. */

export interface ServerLogLine {
  /** `yyyy-mm-dd hh:mm:ss` as written. */
  timestamp: string;
  /** Epoch ms, read as UTC. */
  time: number;
  values: Map<string, string>;
}

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})/;
const KEY_VALUE = /([A-Za-z][\w.-]*)=(\S+)/g;
/** `2024-01-01 00:00:30 [server-1] cpu=23.50 ram=41.20 ...` */
export const SERVER_LOG_LINE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \[[\w.-]+\]( [a-z][\w.]*=-?\d+\.\d{2})+$/;
export const SERVER_LOG_HEADER = /^# server_logs\.txt · format 1 · times UTC · interval (\d+) s · (\d+) rows$/;
/** `2024-01-03 14:22:30 [server-1] [ANOMALY] Unexpected Spike | until 2024-01-03 14:27:00 | process app | metrics cpu,ram` */
export const DEBUG_LOG_LINE =
  /^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}) \[[\w.-]+\] \[ANOMALY\] ([A-Za-z -]+) \| until (\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}) \| process ([a-z]+) \| metrics ([a-z.,]+)$/;

/** Lines with content, without the trailing newline's empty string. */
export function contentLines(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => line.trim() !== '');
}

export function headerLines(text: string): string[] {
  return contentLines(text).filter((line) => line.startsWith('#'));
}

export function dataLines(text: string): string[] {
  return contentLines(text).filter((line) => !line.startsWith('#'));
}

export function parseTimestamp(line: string): { timestamp: string; time: number } | null {
  const match = TIMESTAMP.exec(line);
  if (!match) return null;
  return { timestamp: `${match[1]} ${match[2]}`, time: Date.parse(`${match[1]}T${match[2]}Z`) };
}

/** One `server_logs.txt` row: its timestamp and every `key=value` pair. */
export function parseServerLogLine(line: string): ServerLogLine | null {
  const stamp = parseTimestamp(line);
  if (!stamp) return null;
  const values = new Map<string, string>();
  for (const [, key, value] of line.matchAll(KEY_VALUE)) values.set(key, value);
  return { ...stamp, values };
}
