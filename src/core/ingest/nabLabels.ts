import { LABELLED_ANOMALY, LABELLED_CODE } from '../../shared/anomaly';
import { ImportError } from '../../shared/errors';
import { parseUtcDate } from '../time';
import { clip } from './debugLabels';
import { medianPositiveStep } from './interval';
import { nearestRow, type LabelWindow, type TimeView } from './labelWindows';

/** What a NAB label file says about one data file. */
export interface NabLabels {
  /** The JSON key that matched the data file, e.g. `realAWSCloudwatch/ec2_cpu_utilization_24ae8d.csv`. */
  key: string;
  kind: 'windows' | 'points';
  windows: LabelWindow[];
  /** Points with no row within one interval. */
  unmatched: number;
}

/** Parses JSON text, turning a syntax error into an ImportError with the line when the engine gives a position. */
export function parseJson(text: string, fileName: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : null;
    throw new ImportError(fileName, line, `is not valid JSON: ${message}`, { cause: error });
  }
}

/**
 * NAB labels for `dataFileName`, matched by base name (`.gz` ignored): windows JSON
 * (`{"dir/file.csv": [["2014-02-19 10:50:00.000000", "2014-02-20 03:30:00.000000"], ...]}`, both
 * ends inclusive) or anomaly points (`{"dir/file.csv": ["2014-02-20 00:00:00", ...]}`, each marking
 * the nearest row within one interval). Times without a zone are UTC.
 */
export function parseNabLabels(json: unknown, fileName: string, dataFileName: string, view: TimeView): NabLabels {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ImportError(fileName, null, 'is JSON but not NAB labels: expected an object like {"file.csv": [[start, end], ...]}.');
  }
  const entries = json as Record<string, unknown>;
  const key = matchKey(Object.keys(entries), dataFileName, fileName);
  const value = entries[key];
  if (!Array.isArray(value)) throw new ImportError(fileName, null, `the entry for "${key}" is not a list.`);
  const isWindow = (item: unknown) => Array.isArray(item) && item.length === 2 && item.every((t) => typeof t === 'string');
  if (value.every(isWindow)) {
    const windows = (value as [string, string][]).map(([from, to], i) => {
      const start = readTime(from, fileName, key, i);
      const end = readTime(to, fileName, key, i);
      if (end < start) throw new ImportError(fileName, null, `window ${i + 1} of "${key}" ends before it starts.`);
      return labelled(start, end);
    });
    return { key, kind: 'windows', windows, unmatched: 0 };
  }
  if (value.every((item) => typeof item === 'string')) return { key, ...pointWindows(value as string[], fileName, key, view) };
  throw new ImportError(fileName, null, `the entry for "${key}" is neither windows ([start, end] pairs) nor a list of times.`);
}

/** Each point as a one-row window on its nearest row; points with no row within one interval are counted. */
function pointWindows(points: string[], fileName: string, key: string, view: TimeView): { kind: 'points'; windows: LabelWindow[]; unmatched: number } {
  const interval = medianPositiveStep(view.times);
  const tolerance = Number.isNaN(interval) ? 0 : interval;
  const seen = new Set<number>();
  const windows: LabelWindow[] = [];
  let unmatched = 0;
  points.forEach((text, i) => {
    const at = nearestRow(view.times, readTime(text, fileName, key, i), tolerance);
    if (at < 0) unmatched++;
    else if (!seen.has(at)) {
      seen.add(at);
      windows.push(labelled(view.times[at], view.times[at]));
    }
  });
  return { kind: 'points', windows, unmatched };
}

function labelled(start: number, end: number): LabelWindow {
  return { start, end, type: LABELLED_ANOMALY, code: LABELLED_CODE, process: 'server', metrics: [] };
}

/** The key naming the data file: the same path, else the same base name. */
function matchKey(keys: string[], dataFileName: string, fileName: string): string {
  if (keys.length === 0) throw new ImportError(fileName, null, 'is an empty JSON object: it labels no file.');
  const wanted = baseName(dataFileName);
  const found = keys.find((key) => key === dataFileName) ?? keys.find((key) => baseName(key) === wanted);
  if (found !== undefined) return found;
  const listed = keys.slice(0, 3).map((key) => `"${key}"`).join(', ');
  const more = keys.length > 3 ? ` and ${keys.length - 3} more` : '';
  throw new ImportError(fileName, null, `has no labels for ${wanted}: it lists ${listed}${more}.`);
}

/** Last path segment without a `.gz` suffix. */
export function baseName(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.gz$/i, '');
}

function readTime(text: string, fileName: string, key: string, index: number): number {
  const ms = parseUtcDate(text);
  if (Number.isNaN(ms)) throw new ImportError(fileName, null, `entry ${index + 1} of "${key}" has an unreadable time "${clip(text)}".`);
  return ms;
}
