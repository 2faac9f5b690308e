import { ANOMALY_TYPES, LABELLED_ANOMALY, labelCode, type EventType } from '../../shared/anomaly';
import { ImportError } from '../../shared/errors';
import { parseUtcDate } from '../time';
import type { LabelWindow } from './labelWindows';

/** A `debug_logs.txt` line's time, server and level: `2024-01-03 14:22:30 [server-1] [ANOMALY] ...`. */
const LOG_LINE = /^(\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:\.\d+)?)\s+\[[^\]]*\]\s+\[([A-Za-z_]+)\]\s*(.*)$/;
const EXAMPLE = '2024-01-03 14:22:30 [server-1] [ANOMALY] Unexpected Spike | until 2024-01-03 14:27:00';

/** True for a line this app's `debug_logs.txt` (or the original tool's) could hold. */
export function isDebugLogLine(line: string): boolean {
  return LOG_LINE.test(line);
}

/**
 * Anomaly windows from `debug_logs.txt`: one `[ANOMALY]` line per event, `<start> [server] [ANOMALY]
 * <type> | until <end> | process <p> | metrics a,b`; the `until`, `process` and `metrics` parts are
 * optional (no `until`: one instant). '#' lines and other levels ([INFO], ...) are skipped.
 * A type outside ANOMALY_TYPES becomes a labelled anomaly of unknown kind.
 */
export function parseDebugLog(text: string, fileName: string): LabelWindow[] {
  const windows: LabelWindow[] = [];
  const lines = text.split('\n');
  let sawHeader = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    if (line.startsWith('#')) {
      sawHeader ||= /^#\s*debug_logs\.txt/.test(line);
      continue;
    }
    const m = LOG_LINE.exec(line);
    if (!m) throw new ImportError(fileName, i + 1, `expected a debug_logs.txt line like "${EXAMPLE}", found "${clip(line)}".`);
    if (m[2].toUpperCase() !== 'ANOMALY') continue;
    windows.push(parseAnomaly(m[1], m[3], fileName, i + 1));
  }
  if (windows.length === 0 && !sawHeader) {
    throw new ImportError(fileName, null, 'has no [ANOMALY] lines, so it holds no labels.');
  }
  return windows;
}

function parseAnomaly(startText: string, rest: string, fileName: string, line: number): LabelWindow {
  const start = readTime(startText, fileName, line);
  const [typeText, ...fields] = rest.split(/\s*\|\s*/);
  let end = start;
  let process = 'server';
  let metrics: string[] = [];
  for (const field of fields) {
    const [, name, value = ''] = /^(\w+)(?:\s+(.*))?$/.exec(field) ?? [];
    if (name === 'until') end = readTime(value, fileName, line);
    else if (name === 'process' && value) process = value;
    else if (name === 'metrics') metrics = value.split(',').map((key) => key.trim()).filter(Boolean);
  }
  if (end < start) throw new ImportError(fileName, line, `the anomaly ends (${fields.find((f) => f.startsWith('until'))}) before it starts (${startText}).`);
  const type = eventType(typeText.trim());
  return { start, end, type, code: labelCode(type), process, metrics };
}

function eventType(name: string): EventType {
  return (ANOMALY_TYPES as readonly string[]).includes(name) ? (name as EventType) : LABELLED_ANOMALY;
}

function readTime(text: string, fileName: string, line: number): number {
  const ms = parseUtcDate(text);
  if (Number.isNaN(ms)) throw new ImportError(fileName, line, `"${clip(text)}" is not a valid time (expected YYYY-MM-DD HH:MM:SS, UTC).`);
  return ms;
}

/** A line cut short for an error message. */
export function clip(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
