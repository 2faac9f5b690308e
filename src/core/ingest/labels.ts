import { ANOMALY_TYPES, LABELLED_ANOMALY, type AnomalyEvent, type EventType } from '../../shared/anomaly';
import { ImportError } from '../../shared/errors';
import { clip, isDebugLogLine, parseDebugLog } from './debugLabels';
import { applyWindows, timeView, type LabelWindow, type TimeView } from './labelWindows';
import { isLabelHeader, isLabelLine, parseLineLabels } from './lineLabels';
import { parseJson, parseNabLabels } from './nabLabels';

export interface ParsedLabels {
  /** Per-row label code aligned to the timestamps passed to parseLabelFile (0 normal). */
  labels: Uint8Array;
  /** Time order; indices are positions in time order (row indices when the timestamps ascend). */
  events: AnomalyEvent[];
  /** What was read, e.g. "NAB windows for realAWSCloudwatch/ec2_cpu_utilization_24ae8d.csv". */
  source: string;
}

/**
 * Reads a ground-truth file against the rows of the data file: this app's `debug_logs.txt`, one 0/1
 * label per line (SMD/ASD `test_label`), NAB windows JSON (`{"file.csv": [[start, end], ...]}`) or
 * NAB points JSON (`{"file.csv": [time, ...]}`), matched by `dataFileName`'s base name.
 *
 * `timestamps` are the parsed table's, in file order, before alignment: a one-per-line file must
 * have exactly one label per parsed row. The caller then aligns the table with these labels as its
 * `labels`, so they follow their rows, and passes this result to buildImportedDataset for its events.
 * Throws ImportError naming the file, and the line when there is one.
 */
export function parseLabelFile(text: string, fileName: string, timestamps: Float64Array, dataFileName: string): ParsedLabels {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const first = firstContentLine(body);
  const view = timeView(timestamps);
  if (first === null) {
    if (/^\s*#\s*debug_logs\.txt/.test(body)) return fromWindows([], view, 'debug_logs.txt');
    throw new ImportError(fileName, null, body.trim() === '' ? 'is empty.' : 'holds only comment lines, no labels.');
  }
  if (first.text.startsWith('{') || first.text.startsWith('[')) {
    const nab = parseNabLabels(parseJson(body, fileName), fileName, dataFileName, view);
    const what = nab.kind === 'windows' ? 'NAB windows' : 'NAB anomaly points';
    const unmatched = nab.unmatched > 0 ? `; ${nab.unmatched} point${nab.unmatched === 1 ? '' : 's'} with no row nearby ignored` : '';
    return fromWindows(nab.windows, view, `${what} for ${nab.key}`, unmatched);
  }
  if (isDebugLogLine(first.text)) return fromWindows(parseDebugLog(body, fileName), view, `${fileName} (debug log)`);
  if (isLabelLine(first.text) || (isLabelHeader(first.text) && isLabelLine(first.next))) {
    const labels = parseLineLabels(body, fileName);
    if (labels.length !== timestamps.length) {
      throw new ImportError(fileName, null, `has ${labels.length} labels but the data has ${timestamps.length} rows; a one-label-per-line file needs one line per data row.`);
    }
    const ordered = view.order ? gatherBytes(labels, view.order) : labels;
    return { labels, events: eventsFromLabels(ordered, view.times), source: `${fileName} (one label per row)` };
  }
  throw new ImportError(fileName, first.line,
    `is not a label file this app reads: "${clip(first.text)}". Expected debug_logs.txt lines, one 0/1 label per line, or NAB labels JSON.`);
}

/** Labels and events from time windows, with a note on windows that hold no row. */
function fromWindows(windows: LabelWindow[], view: TimeView, what: string, note = ''): ParsedLabels {
  const { labels, events, ignored } = applyWindows(windows, view);
  const count = `${events.length} anomal${events.length === 1 ? 'y' : 'ies'}`;
  const outside = ignored > 0 ? `; ${ignored} outside the data's time range ignored` : '';
  return { labels, events, source: `${what}: ${count}${outside}${note}` };
}

/** The first line that is neither blank nor a '#' comment, its 1-based number and the line after it. */
function firstContentLine(text: string): { text: string; line: number; next: string } | null {
  let line = 0;
  for (let from = 0; from < text.length; ) {
    const end = lineEnd(text, from);
    line++;
    const content = text.slice(from, end).trim();
    if (content !== '' && !content.startsWith('#')) return { text: content, line, next: text.slice(end + 1, lineEnd(text, end + 1)).trim() };
    from = end + 1;
  }
  return null;
}

function lineEnd(text: string, from: number): number {
  const at = text.indexOf('\n', from);
  return at < 0 ? text.length : at;
}

function gatherBytes(values: Uint8Array, order: Uint32Array): Uint8Array {
  const out = new Uint8Array(order.length);
  for (let i = 0; i < order.length; i++) out[i] = values[order[i]];
  return out;
}

/** The event type a label code stands for. */
export function eventTypeOfCode(code: number): EventType {
  return code >= 1 && code <= ANOMALY_TYPES.length ? ANOMALY_TYPES[code - 1] : LABELLED_ANOMALY;
}

/**
 * Events from a per-row label array: each run of consecutive rows with the same non-zero code is
 * one event of that code's type (LABELLED_ANOMALY for 255 or unknown codes), process 'server', no metrics.
 */
export function eventsFromLabels(labels: Uint8Array, timestamps: Float64Array): AnomalyEvent[] {
  const events: AnomalyEvent[] = [];
  for (let i = 0; i < labels.length; ) {
    const code = labels[i];
    if (code === 0) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < labels.length && labels[end + 1] === code) end++;
    events.push({ type: eventTypeOfCode(code), start: timestamps[i], end: timestamps[end], startIndex: i, endIndex: end, process: 'server', metrics: [] });
    i = end + 1;
  }
  return events;
}
