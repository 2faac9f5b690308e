import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LABELLED_CODE } from '../../shared/anomaly';
import { ImportError } from '../../shared/errors';
import { eventsFromLabels, parseLabelFile } from './labels';

const T0 = Date.UTC(2024, 0, 3, 14, 0, 0);
const MIN = 60_000;
/** Twelve rows, 14:00 to 14:11 UTC, one a minute: the rows every fixture here describes. */
const ROWS = Float64Array.from({ length: 12 }, (_, i) => T0 + i * MIN);
const L = LABELLED_CODE;

const fixture = (name: string) => readFileSync(new URL(`./fixtures/labels/${name}`, import.meta.url), 'utf8');
const parse = (name: string, dataFileName = 'machine.csv', timestamps = ROWS) => parseLabelFile(fixture(name), name, timestamps, dataFileName);
const marked = (labels: Uint8Array) => Array.from(labels);
const spans = (result: { events: { startIndex: number; endIndex: number }[] }) => result.events.map((e) => [e.startIndex, e.endIndex]);

function importError(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error('expected an ImportError');
}

describe('parseLabelFile: debug_logs.txt', () => {
  it("marks each event's window with its type's code and keeps type, process and metrics", () => {
    const result = parse('debug_logs.txt');
    expect(marked(result.labels)).toEqual([0, 0, 1, 1, 1, 0, 0, 0, 5, 5, 0, L]);
    expect(result.events).toEqual([
      { type: 'Unexpected Spike', start: T0 + 2 * MIN, end: T0 + 4 * MIN, startIndex: 2, endIndex: 4, process: 'app', metrics: ['cpu', 'ram'] },
      { type: 'Disk Fill', start: T0 + 8 * MIN, end: T0 + 9 * MIN, startIndex: 8, endIndex: 9, process: 'db', metrics: ['disk'] },
      { type: 'Labelled anomaly', start: T0 + 11 * MIN, end: T0 + 11 * MIN, startIndex: 11, endIndex: 11, process: 'server', metrics: [] },
    ]);
    expect(result.source).toBe("debug_logs.txt (debug log): 3 anomalies; 1 outside the data's time range ignored");
  });

  it('labels rows by time when the rows are not in time order', () => {
    const reversed = ROWS.slice().reverse();
    const result = parse('debug_logs.txt', 'x.csv', reversed);
    expect(marked(result.labels)).toEqual([0, 0, 1, 1, 1, 0, 0, 0, 5, 5, 0, L].reverse());
    expect(spans(result)).toEqual([[2, 4], [8, 9], [11, 11]]);
  });

  it('accepts a header with no anomalies', () => {
    const result = parseLabelFile('# debug_logs.txt · format 1 · times UTC · 0 injected anomalies\n', 'debug_logs.txt', ROWS, 'x');
    expect(result.events).toEqual([]);
    expect(marked(result.labels)).toEqual(new Array(12).fill(0));
  });

  it('names the line of a bad time or a foreign line', () => {
    const badTime = importError(() => parseLabelFile('2024-01-03 14:02:00 [s] [ANOMALY] Flatline | until 2024-13-03 14:04:00\n', 'd.txt', ROWS, 'x'));
    expect(badTime.message).toBe('d.txt, line 1: "2024-13-03 14:04:00" is not a valid time (expected YYYY-MM-DD HH:MM:SS, UTC).');
    const foreign = importError(() => parseLabelFile('# debug_logs.txt\n2024-01-03 14:02:00 [s] [ANOMALY] Flatline\nhello\n', 'd.txt', ROWS, 'x'));
    expect(foreign.line).toBe(3);
    expect(foreign.reason).toMatch(/^expected a debug_logs\.txt line like ".*", found "hello"\.$/);
  });

  it('refuses a log with no [ANOMALY] lines', () => {
    const error = importError(() => parseLabelFile('2024-01-03 14:02:00 [server-1] [CPU]: CPU usage at 23.5%\n', 'server_logs.txt', ROWS, 'x'));
    expect(error.message).toBe('server_logs.txt: has no [ANOMALY] lines, so it holds no labels.');
  });
});

describe('parseLabelFile: one label per line', () => {
  it('reads 0/1 lines as labelled rows', () => {
    const result = parse('test_label.txt');
    expect(marked(result.labels)).toEqual([0, 0, L, L, L, 0, 0, 0, L, 0, 0, 0]);
    expect(spans(result)).toEqual([[2, 4], [8, 8]]);
    expect(result.events[0]).toMatchObject({ type: 'Labelled anomaly', start: T0 + 2 * MIN, end: T0 + 4 * MIN, process: 'server', metrics: [] });
    expect(result.source).toBe('test_label.txt (one label per row)');
  });

  it('skips a one-word header and reads CRLF lines', () => {
    expect(marked(parse('with_header.txt').labels)).toEqual([0, L, L, 0, 0, 0, 0, 0, 0, 0, 0, L]);
  });

  it('keeps labels in row order and finds events in time order', () => {
    const shuffled = Float64Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 10], (i) => T0 + i * MIN);
    const result = parseLabelFile('0\n0\n1\n1\n0\n0\n0\n0\n0\n0\n1\n0\n', 'l.txt', shuffled, 'x');
    expect(marked(result.labels)).toEqual([0, 0, L, L, 0, 0, 0, 0, 0, 0, L, 0]);
    expect(spans(result)).toEqual([[2, 3], [11, 11]]);
  });

  it('needs exactly one label per data row', () => {
    const text = '0\n'.repeat(100);
    const error = importError(() => parseLabelFile(text, 'test_label.txt', new Float64Array(120), 'x'));
    expect(error.message).toBe('test_label.txt: has 100 labels but the data has 120 rows; a one-label-per-line file needs one line per data row.');
  });

  it('names the line that is not a label, or a blank line between labels', () => {
    expect(importError(() => parseLabelFile('0\n1\nx\n', 'l.txt', ROWS, 'x')).message).toBe('l.txt, line 3: expected a label 0 or 1, found "x".');
    expect(importError(() => parseLabelFile('0\n\n1\n', 'l.txt', ROWS, 'x')).message).toBe('l.txt, line 2: is empty; expected 0 or 1 on every line.');
  });
});

describe('parseLabelFile: NAB JSON', () => {
  it("reads the windows of the key whose base name is the data file's, ends inclusive", () => {
    const result = parse('windows.json', 'uploads/machine.csv.gz');
    expect(marked(result.labels)).toEqual([0, 0, 0, L, L, L, 0, 0, 0, 0, L, L]);
    expect(spans(result)).toEqual([[3, 5], [10, 11]]);
    expect(result.source).toBe("NAB windows for realKnownCause/machine.csv: 2 anomalies; 1 outside the data's time range ignored");
  });

  it('matches a Windows path and an empty window list', () => {
    expect(spans(parse('windows.json', 'C:\\data\\speed.csv'))).toEqual([[0, 11]]);
    const none = parse('windows.json', 'other.csv');
    expect(none.events).toEqual([]);
    expect(marked(none.labels)).toEqual(new Array(12).fill(0));
  });

  it('lists a few keys when none matches the data file', () => {
    const error = importError(() => parse('windows.json', 'nope.csv'));
    expect(error.message).toBe(
      'windows.json: has no labels for nope.csv: it lists "artificialNoAnomaly/other.csv", "artificialWithAnomaly/flat.csv", "realKnownCause/machine.csv" and 1 more.',
    );
  });

  it('marks the row nearest each anomaly point, within one interval', () => {
    const result = parse('points.json');
    expect(marked(result.labels)).toEqual([0, 0, 0, 0, L, 0, 0, 0, L, 0, 0, 0]);
    expect(spans(result)).toEqual([[4, 4], [8, 8]]);
    expect(result.source).toBe('NAB anomaly points for realKnownCause/machine.csv: 2 anomalies; 1 point with no row nearby ignored');
  });

  it('explains JSON that is broken or not NAB labels', () => {
    expect(importError(() => parseLabelFile('{"a.csv": [', 'w.json', ROWS, 'a.csv')).reason).toMatch(/^is not valid JSON: /);
    expect(importError(() => parseLabelFile('[1, 2]', 'w.json', ROWS, 'a.csv')).reason).toMatch(/^is JSON but not NAB labels/);
    expect(importError(() => parseLabelFile('{"a.csv": [1, 2]}', 'w.json', ROWS, 'a.csv')).reason).toBe(
      'the entry for "a.csv" is neither windows ([start, end] pairs) nor a list of times.',
    );
    expect(importError(() => parseLabelFile('{"a.csv": [["2024-01-03", "soon"]]}', 'w.json', ROWS, 'a.csv')).reason).toBe(
      'entry 1 of "a.csv" has an unreadable time "soon".',
    );
  });
});

describe('parseLabelFile: anything else', () => {
  it('names the file and its first unrecognised line', () => {
    const error = importError(() => parse('metrics.csv'));
    expect(error.message).toBe(
      'metrics.csv, line 1: is not a label file this app reads: "timestamp,value". Expected debug_logs.txt lines, one 0/1 label per line, or NAB labels JSON.',
    );
  });

  it('refuses an empty file and one of comments only', () => {
    expect(importError(() => parseLabelFile(' \n', 'e.txt', ROWS, 'x')).message).toBe('e.txt: is empty.');
    expect(importError(() => parseLabelFile('# nothing\n', 'e.txt', ROWS, 'x')).message).toBe('e.txt: holds only comment lines, no labels.');
  });
});

describe('eventsFromLabels', () => {
  it('makes one event per run of one code, typed by the code', () => {
    const labels = Uint8Array.from([0, 1, 1, 4, 4, 0, L, L, 200, 0, 0, 8]);
    const events = eventsFromLabels(labels, ROWS);
    expect(events.map((e) => [e.type, e.startIndex, e.endIndex])).toEqual([
      ['Unexpected Spike', 1, 2],
      ['Memory Leak', 3, 4],
      ['Labelled anomaly', 6, 7],
      ['Labelled anomaly', 8, 8],
      ['Cascading Failure', 11, 11],
    ]);
    expect(events[0]).toMatchObject({ start: T0 + MIN, end: T0 + 2 * MIN, process: 'server', metrics: [] });
  });
});
