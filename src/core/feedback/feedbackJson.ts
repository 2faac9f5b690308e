import type { MaintenanceWindow, NotAnomalyMark } from '../../shared/feedback';
import { AppError } from '../../shared/errors';
import { parseUtcDate } from '../time';
import { formatMinute, maintenanceWindowProblem, parseMinute, WEEKDAY_NAMES } from './maintenance';

/** Written into every feedback file, so a reader can tell ours from any other JSON. */
export const FEEDBACK_FORMAT = 'metrics-anomaly-analyzer/feedback';
/** Bump when a field changes meaning; readers refuse newer versions. */
export const FEEDBACK_VERSION = 1;

/** The feedback a file carries: the dataset's not-an-anomaly marks and the model's maintenance windows. */
export interface FeedbackFile {
  datasetName: string | null;
  modelName: string | null;
  notAnomalies: NotAnomalyMark[];
  maintenance: MaintenanceWindow[];
}

/** A feedback file that cannot be imported; the message names the file and the first thing wrong. */
export class FeedbackFileError extends AppError {
  constructor(fileName: string, reason: string) {
    super(`The feedback file “${fileName}” cannot be imported: ${reason}${/[.!?]$/.test(reason) ? '' : '.'}`);
    this.name = 'FeedbackFileError';
  }
}

/** A window as people read it in JSON: times of day "02:00", weekdays "Sun", one-off times in ISO 8601 UTC. */
export type MaintenanceWindowJson =
  | { kind: 'once'; start: string; end: string }
  | { kind: 'daily'; from: string; to: string }
  | { kind: 'weekly'; days: string[]; from: string; to: string };

/** A window in its JSON form (see MaintenanceWindowJson). */
export function windowToJson(window: MaintenanceWindow): MaintenanceWindowJson {
  if (window.kind === 'once') return { kind: 'once', start: new Date(window.start).toISOString(), end: new Date(window.end).toISOString() };
  const times = { from: formatMinute(window.from), to: formatMinute(window.to) };
  return window.kind === 'daily' ? { kind: 'daily', ...times } : { kind: 'weekly', days: window.days.map((day) => WEEKDAY_NAMES[day]), ...times };
}

/** A reason for a bad field: where it is and what is wrong, e.g. `maintenance[1].from is "25:00", …`. */
class FieldProblem extends Error {}

const quoted = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : value === undefined ? 'missing' : JSON.stringify(value) ?? String(value));

function time(at: string, value: unknown): number {
  const ms = typeof value === 'string' ? parseUtcDate(value) : Number.NaN;
  if (!Number.isFinite(ms)) throw new FieldProblem(`${at} is ${quoted(value)}, not a date and time such as "2024-01-04T03:58:00Z"`);
  return ms;
}

function minute(at: string, value: unknown): number {
  const parsed = typeof value === 'string' ? parseMinute(value) : Number.NaN;
  if (!Number.isFinite(parsed)) throw new FieldProblem(`${at} is ${quoted(value)}, not a time of day such as "02:00" (00:00 to 24:00, UTC)`);
  return parsed;
}

function weekday(at: string, value: unknown): number {
  const day = WEEKDAY_NAMES.findIndex((name) => typeof value === 'string' && name.toLowerCase() === value.trim().slice(0, 3).toLowerCase());
  if (day < 0) throw new FieldProblem(`${at} is ${quoted(value)}, not a weekday such as "Sun"`);
  return day;
}

function record(at: string, value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new FieldProblem(`${at} is ${quoted(value)}, not an object`);
  return value as Record<string, unknown>;
}

function list(at: string, value: unknown): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new FieldProblem(`${at} is ${quoted(value)}, not a list`);
  return value;
}

/** A window read from its JSON form and checked; `at` names it in the message. @throws FieldProblem */
function windowFromJsonAt(at: string, value: unknown): MaintenanceWindow {
  const json = record(at, value);
  let window: MaintenanceWindow;
  if (json.kind === 'once') window = { kind: 'once', start: time(`${at}.start`, json.start), end: time(`${at}.end`, json.end) };
  else if (json.kind === 'daily') window = { kind: 'daily', from: minute(`${at}.from`, json.from), to: minute(`${at}.to`, json.to) };
  else if (json.kind === 'weekly') {
    const days = list(`${at}.days`, json.days).map((day, i) => weekday(`${at}.days[${i}]`, day));
    // Without times a weekly window is the whole day.
    const from = json.from === undefined && json.to === undefined ? 0 : minute(`${at}.from`, json.from);
    const to = json.from === undefined && json.to === undefined ? 1440 : minute(`${at}.to`, json.to);
    window = { kind: 'weekly', days: [...new Set(days)].sort((a, b) => a - b), from, to };
  } else throw new FieldProblem(`${at}.kind is ${quoted(json.kind)}, not "once", "daily" or "weekly"`);
  const problem = maintenanceWindowProblem(window);
  if (problem) throw new FieldProblem(`${at} is ${problem}`);
  return window;
}

/**
 * Windows from their JSON forms, checked.
 * @returns the windows, or the first problem as words ("maintenance[1].from is …")
 */
export function windowsFromJson(at: string, value: unknown): { windows: MaintenanceWindow[] } | { problem: string } {
  try {
    return { windows: list(at, value).map((window, i) => windowFromJsonAt(`${at}[${i}]`, window)) };
  } catch (error) {
    if (error instanceof FieldProblem) return { problem: error.message };
    throw error;
  }
}

/** The feedback as a JSON file's text (pretty-printed, human-readable times). */
export function writeFeedbackJson(feedback: FeedbackFile, exportedAt: number): string {
  return JSON.stringify(
    {
      format: FEEDBACK_FORMAT,
      version: FEEDBACK_VERSION,
      exportedAt: new Date(exportedAt).toISOString(),
      dataset: feedback.datasetName,
      model: feedback.modelName,
      notAnomalies: feedback.notAnomalies.map((mark) => ({ start: new Date(mark.start).toISOString(), end: new Date(mark.end).toISOString() })),
      maintenance: feedback.maintenance.map(windowToJson),
    },
    null,
    2,
  );
}

/**
 * Reads a feedback file written by writeFeedbackJson (or by hand): our format, a version this app
 * reads, and every mark and window checked.
 * @throws FeedbackFileError naming the file and the first thing wrong with it
 */
export function readFeedbackJson(text: string, fileName: string, now: number = Date.now()): FeedbackFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new FeedbackFileError(fileName, 'it is not valid JSON');
  }
  try {
    const file = record('the file', json);
    if (file.format !== FEEDBACK_FORMAT) throw new FieldProblem('it is not a feedback file of this app (its "format" should be "metrics-anomaly-analyzer/feedback")');
    if (!Number.isInteger(file.version) || (file.version as number) < 1) throw new FieldProblem(`its "version" is ${quoted(file.version)}, not a format version`);
    if ((file.version as number) > FEEDBACK_VERSION) throw new FieldProblem(`it was written by a newer version of the app (format ${String(file.version)}); this one reads up to ${FEEDBACK_VERSION}`);
    const notAnomalies = list('notAnomalies', file.notAnomalies).map((value, i) => {
      const mark = record(`notAnomalies[${i}]`, value);
      const start = time(`notAnomalies[${i}].start`, mark.start);
      const end = time(`notAnomalies[${i}].end`, mark.end);
      if (end < start) throw new FieldProblem(`notAnomalies[${i}] ends before it starts`);
      return { start, end, markedAt: now };
    });
    const windows = windowsFromJson('maintenance', file.maintenance);
    if ('problem' in windows) throw new FieldProblem(windows.problem);
    const name = (value: unknown) => (typeof value === 'string' ? value : null);
    return { datasetName: name(file.dataset), modelName: name(file.model), notAnomalies, maintenance: windows.windows };
  } catch (error) {
    if (error instanceof FieldProblem) throw new FeedbackFileError(fileName, error.message);
    throw error;
  }
}
