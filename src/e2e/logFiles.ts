/** Loose readers for the downloaded log files; the lead will pin the exact format down later. */

export interface ServerLogLine {
  /** `yyyy-mm-dd hh:mm:ss` as written. */
  timestamp: string;
  /** Epoch ms, read as UTC. */
  time: number;
  values: Map<string, string>;
}

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})/;
const KEY_VALUE = /([A-Za-z][\w.-]*)=(\S+)/g;

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
